import type { Segment } from '../segment/index.js';
import type { ExtractionContext } from '../types.js';
import { describeSentences, type SentenceFeatures } from './sentence-features.js';

/** The budget of the reference summaries: two to four sentences, about 100 words. */
const MAX_WORDS = 105;
const MAX_SENTENCES = 4;
/** Two sentences this similar say the same thing: keep the better one. */
const REDUNDANT = 0.5;

/** How much sharing words with the headline counts: annotators pick the sentences that restate it. */
const TITLE_WEIGHT = 0.6;
/** A sentence opening on a pronoun leans on the one before it and reads badly alone. */
const DANGLING_START = /^(?:this|that|these|those|it|they|he|she|such|there)\b/i;

/** Digits in a sentence: a weak hint of concrete results; dates also match, so it stays small. */
const NUMBER_WEIGHT = 0.005;
/** Beyond this many words a sentence starts to crowd the others out of the budget. */
const LONG = 40;
const LENGTH_SLOPE = 0.005;

type Vector = Map<string, number>;

/** The headline: heading lines before the first sentence of running text (a title, a report's subject). */
function titleTerms(features: readonly SentenceFeatures[]): string[] {
  const terms: string[] = [];
  for (const sentence of features) {
    if (sentence.exclusion === null || sentence.index > 30) break;
    if (sentence.exclusion === 'heading') terms.push(...sentence.terms);
  }
  return terms;
}

function termFrequencies(terms: readonly string[]): Vector {
  const vector: Vector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  return vector;
}

function weigh(vector: Vector, idf: Map<string, number>): Vector {
  const weighted: Vector = new Map();
  for (const [term, count] of vector) weighted.set(term, (1 + Math.log(count)) * (idf.get(term) ?? 0));
  return weighted;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Cosine similarity; pass `normB` when `b` is compared many times, so its norm is computed once. */
function cosine(a: Vector, b: Vector, normB = norm(b)): number {
  let dot = 0;
  for (const [term, value] of a) dot += value * (b.get(term) ?? 0);
  const normA = norm(a);
  return normA === 0 || normB === 0 ? 0 : dot / (normA * normB);
}

/**
 * Scores a sentence: how central it is to the document (TF-IDF cosine with the whole text), where it
 * sits (the lead of news, the first sentence of a paragraph), how factual it is (names, numbers), and
 * whether its length leaves room for others.
 */
export function scoreSentences(features: readonly SentenceFeatures[]): { vectors: Vector[]; scores: number[] } {
  const documentFrequency = new Map<string, number>();
  for (const sentence of features)
    for (const term of new Set(sentence.terms)) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  const n = features.length;
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log((n + 1) / df));
  const vectors = features.map((sentence) => weigh(termFrequencies(sentence.terms), idf));
  const centroid: Vector = new Map();
  for (const sentence of features) {
    if (sentence.exclusion === 'annex') continue;
    for (const term of sentence.terms) centroid.set(term, (centroid.get(term) ?? 0) + 1);
  }
  const documentVector = weigh(centroid, idf);
  const documentNorm = norm(documentVector);
  const titleVector = weigh(termFrequencies(titleTerms(features)), idf);
  const titleNorm = norm(titleVector);
  const candidates = features.filter((sentence) => sentence.exclusion === null);
  const firstCandidate = candidates[0]?.index ?? 0;
  const rank = new Map(candidates.map((sentence, order) => [sentence.index, order]));
  const isShort = candidates.length <= 60;
  const scores = features.map((sentence, i) => {
    if (sentence.exclusion !== null) return Number.NEGATIVE_INFINITY;
    const centrality = cosine(vectors[i] ?? new Map(), documentVector, documentNorm);
    const order = rank.get(sentence.index) ?? 0;
    const relative = order / Math.max(1, candidates.length);
    let position = isShort ? 0.25 * (1 - relative) : 0.1 * (1 - relative);
    if (isShort && sentence.index === firstCandidate) position += 0.3;
    const title = TITLE_WEIGHT * cosine(vectors[i] ?? new Map(), titleVector, titleNorm);
    const paragraph = sentence.opensParagraph ? 0.12 : 0;
    const anaphora = DANGLING_START.test(sentence.display) ? -0.1 : 0;
    const facts = Math.min(0.3, sentence.factDensity) * 0.3 + Math.min(3, sentence.numberCount) * NUMBER_WEIGHT;
    const length = sentence.wordCount > LONG ? -LENGTH_SLOPE * (sentence.wordCount - LONG) : 0;
    return centrality + title + position + paragraph + facts + length + anaphora;
  });
  return { vectors, scores };
}

/**
 * Extractive summary: two to four sentences copied from the document, in document order, about 100
 * words at most. Headings, quotes, lists, footnotes, repeated captions, page talk ("photos are
 * available"), procedural framing and annexes are never picked.
 *
 * @example
 * summarize({ text }, splitSentences(text)); // 'New York ... The Conference ... More than 1000 participants ...'
 */
export function summarize(_ctx: ExtractionContext, sentences: readonly Segment[]): string {
  const features = describeSentences(_ctx.text, sentences);
  const { vectors, scores } = scoreSentences(features);
  const ranked = features
    .map((sentence, i) => ({ sentence, score: scores[i] ?? Number.NEGATIVE_INFINITY, vector: vectors[i] ?? new Map() }))
    .filter((entry) => Number.isFinite(entry.score))
    .sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const chosen: typeof ranked = [];
  let words = 0;
  for (const entry of ranked) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (words + entry.sentence.wordCount > MAX_WORDS) continue;
    if (chosen.some((other) => cosine(other.vector, entry.vector) > REDUNDANT)) continue;
    chosen.push(entry);
    words += entry.sentence.wordCount;
  }
  if (chosen.length === 0) return fallback(features);
  return chosen
    .sort((a, b) => a.sentence.index - b.sentence.index)
    .map((entry) => entry.sentence.display)
    .join(' ');
}

/** A document with no sentence worth picking (a table, a list): its first lines, within the budget. */
function fallback(features: readonly SentenceFeatures[]): string {
  const parts: string[] = [];
  let words = 0;
  for (const sentence of features) {
    if (words + sentence.wordCount > MAX_WORDS || parts.length >= MAX_SENTENCES) break;
    parts.push(sentence.display);
    words += sentence.wordCount;
  }
  return parts.join(' ');
}

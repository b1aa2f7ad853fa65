import type { Segment } from '../segment/index.js';
import type { ExtractionContext } from '../types.js';
import { DECISION_CUE } from './cues.js';
import { discourseWeight, isPointer, maxDiscourseWeight } from './discourse.js';
import { isOperative, isResolution, MAX_OPERATIVE_WEIGHT, operativeWeight } from './resolution.js';
import {
  countableNumbers,
  describeDocument,
  factDensity,
  recordsDecision,
  type SentenceFeatures,
} from './sentence-features.js';

/** The budget of the reference summaries: two to four sentences, about 100 words. */
const MAX_WORDS = 105;
const MAX_SENTENCES = 4;
/** How far the second sentence may stretch the budget: the references hold two sentences at least. */
const STRETCHED_WORDS = 130;
/** Two sentences this similar say the same thing: keep the better one. */
const REDUNDANT = 0.5;

/** How much sharing words with the headline counts: annotators pick the sentences that restate it. */
const TITLE_WEIGHT = 0.6;
/** A sentence opening on a pronoun leans on the one before it and reads badly alone. */
const DANGLING_START =
  /^(?:this|that|these|those|it|they|he|she|such|there|specifically|for example|for instance|moreover|furthermore|also|meanwhile|similarly|likewise)\b/i;

const KEY_SECTION_WEIGHT = 0.15;
/** The rest of a long report's first substantive paragraph: its overview, sentence after sentence. */
const LEAD_PARAGRAPH_WEIGHT = 0.2;
/** A meeting's outcome ("Draft resolution A/79/L.64 was adopted …"): what its record is read for. */
const DECISION_WEIGHT = 0.25;
/** What follows a procedural opening (the mandate, the scope, the definitions) is background. */
const PROCEDURAL_PARAGRAPH_PENALTY = 0.2;
const LONG_LEAD_WEIGHT = 0.2;
/** A speech's or report's first sentence of running text usually names its subject. */
const LONG_FIRST_WEIGHT = 0.15;
/** Digits in a sentence: a weak hint of concrete results; dates also match, so it stays small. */
const NUMBER_WEIGHT = 0.005;
/** Beyond this many words a sentence starts to crowd the others out of the budget. */
const LONG = 40;
const LENGTH_SLOPE = 0.005;
/** The longest sentence that may be picked, a resolution's operative paragraphs apart. */
const LONGEST = 75;

/**
 * A sentence's weighted terms: parallel arrays of distinct term ids and TF-IDF weights, with their norm.
 * Plain arrays: a sentence's vector is small, and a typed array costs more to allocate than it saves.
 */
interface Vector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
  readonly norm: number;
}

/** The headline: heading lines before the first sentence of running text (a title, a report's subject). */
function titleTerms(features: readonly SentenceFeatures[]): number[] {
  const terms: number[] = [];
  for (const sentence of features) {
    if (sentence.exclusion === null || sentence.index > 30) break;
    // A loop, not push(...terms): a heading can hold more terms than the call stack has room for.
    if (sentence.exclusion === 'heading') for (const term of sentence.terms) terms.push(term);
  }
  return terms;
}

/** `1 + ln(count)` for the small counts most terms have, worked out once rather than per term. */
const LOG_SCALED = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count));

/** A term count, log-scaled: `1 + ln(count)`. */
function logScaled(count: number): number {
  return count < LOG_SCALED.length ? (LOG_SCALED[count] as number) : 1 + Math.log(count);
}

/**
 * Counts each term into `counts` and lists the distinct ones in `distinct`, in order of first use;
 * returns how many there are. The caller zeroes their counts as it reads them.
 */
function countDistinct(terms: readonly number[], counts: Float64Array, distinct: Int32Array): number {
  let size = 0;
  for (const id of terms) {
    const count = (counts[id] as number) + 1;
    counts[id] = count;
    if (count === 1) distinct[size++] = id;
  }
  return size;
}

/**
 * Log-scaled term frequency times IDF, over distinct ids. `counts` is scratch space, left zeroed;
 * `distinct` has room for every term.
 */
function weigh(terms: readonly number[], idf: Float64Array, counts: Float64Array, distinct: Int32Array): Vector {
  const size = countDistinct(terms, counts, distinct);
  const ids: number[] = [];
  const weights: number[] = [];
  let sum = 0;
  for (let k = 0; k < size; k++) {
    const id = distinct[k] as number;
    const weight = logScaled(counts[id] as number) * (idf[id] as number);
    ids.push(id);
    weights.push(weight);
    sum += weight * weight;
    counts[id] = 0;
  }
  return { ids, weights, norm: Math.sqrt(sum) };
}

/**
 * A sentence's cosines with two dense vectors, worked out from the weights `weigh` would give (the same sums
 * in the same order) with no vector of the sentence built: most sentences are never compared with another.
 * `counts` is scratch space, left zeroed; `distinct` has room for every term.
 */
function cosinesWith(
  terms: readonly number[],
  idf: Float64Array,
  counts: Float64Array,
  distinct: Int32Array,
  first: { readonly values: Float64Array; readonly norm: number },
  second: { readonly values: Float64Array; readonly norm: number },
  into: Float64Array,
): void {
  const size = countDistinct(terms, counts, distinct);
  let sum = 0;
  let firstDot = 0;
  let secondDot = 0;
  for (let k = 0; k < size; k++) {
    const id = distinct[k] as number;
    const weight = logScaled(counts[id] as number) * (idf[id] as number);
    sum += weight * weight;
    firstDot += weight * (first.values[id] as number);
    secondDot += weight * (second.values[id] as number);
    counts[id] = 0;
  }
  const norm = Math.sqrt(sum);
  into[0] = norm === 0 || first.norm === 0 ? 0 : firstDot / (norm * first.norm);
  into[1] = norm === 0 || second.norm === 0 ? 0 : secondDot / (norm * second.norm);
}

/** A vector spread over the whole vocabulary: compared with many sentences, it is looked up by id. */
function dense(vector: Vector, size: number): Float64Array {
  const values = new Float64Array(size);
  for (let k = 0; k < vector.ids.length; k++) values[vector.ids[k] as number] = vector.weights[k] as number;
  return values;
}

/** Cosine of two sparse vectors (ids are distinct but unsorted): a small map of the shorter one. */
function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [short, long] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  const lookup = new Map<number, number>();
  for (let k = 0; k < short.ids.length; k++) lookup.set(short.ids[k] as number, short.weights[k] as number);
  let dot = 0;
  for (let k = 0; k < long.ids.length; k++)
    dot += (long.weights[k] as number) * (lookup.get(long.ids[k] as number) ?? 0);
  return dot / (a.norm * b.norm);
}

/** What the facts part of a score can add at most: a density capped at 0.3 and three numbers. */
const MAX_FACTS = 0.3 * 0.3 + 3 * NUMBER_WEIGHT;
/** Room for rounding: a bound summed in another order than the score may differ from it in the last bits. */
const ROUNDING_MARGIN = 1e-9;

/** A sentence that may be picked, with the parts of its score that cost little to work out. */
interface Candidate {
  readonly sentence: SentenceFeatures;
  /** The parts summed before the facts, in the order the score adds them. */
  readonly leading: number;
  readonly length: number;
  readonly anaphora: number;
  readonly lead: number;
  readonly background: number;
  /** No score of the sentence is higher: its cheap parts plus the most the others can add. */
  readonly bound: number;
  /** Whether its operative paragraph is the resolution's first one. */
  readonly firstOperative: boolean;
}

/** A candidate with its score worked out in full. */
interface Scored {
  readonly candidate: Candidate;
  readonly vector: Vector;
  readonly score: number;
  readonly recordsDecision: boolean;
}

/**
 * Scores the sentences: how central each is to the document (TF-IDF cosine with the whole text), where it
 * sits (the lead of news, the first sentence of a paragraph), how factual it is (names, numbers), and
 * whether its length leaves room for others. The parts that run patterns over a sentence (its facts, its
 * discourse and operative cues) are left to `fullScore`, asked for only while a candidate may still be picked.
 */
function candidatesOf(
  features: readonly SentenceFeatures[],
  vocabularySize: number,
): {
  candidates: Candidate[];
  isShort: boolean;
  resolution: boolean;
  vectorOf: (sentence: SentenceFeatures) => Vector;
} {
  const size = Math.max(1, vocabularySize);
  const documentFrequency = new Float64Array(size);
  const seen = new Int32Array(size).fill(-1);
  const centroidCounts = new Float64Array(size);
  for (const sentence of features) {
    const counted = sentence.exclusion !== 'annex';
    for (const id of sentence.terms) {
      if (seen[id] !== sentence.index) {
        seen[id] = sentence.index;
        documentFrequency[id] = (documentFrequency[id] as number) + 1;
      }
      if (counted) centroidCounts[id] = (centroidCounts[id] as number) + 1;
    }
  }
  const n = features.length;
  const idf = new Float64Array(size);
  // Most terms share their document frequency with many others: each frequency's IDF is worked out once.
  const idfOfFrequency = new Float64Array(n + 1).fill(-1);
  for (let id = 0; id < size; id++) {
    const df = documentFrequency[id] as number;
    if (df === 0) continue;
    let value = idfOfFrequency[df] as number;
    if (value < 0) {
      value = Math.log((n + 1) / df);
      idfOfFrequency[df] = value;
    }
    idf[id] = value;
  }
  const scratch = new Float64Array(size);
  const documentVector = new Float64Array(size);
  let documentSum = 0;
  for (let id = 0; id < size; id++) {
    const count = centroidCounts[id] as number;
    if (count === 0) continue;
    const weight = logScaled(count) * (idf[id] as number);
    documentVector[id] = weight;
    documentSum += weight * weight;
  }
  const documentNorm = Math.sqrt(documentSum);
  const distinct = new Int32Array(size);
  const title = weigh(titleTerms(features), idf, scratch, distinct);
  const titleVector = dense(title, size);
  const pickable = features.filter((sentence) => sentence.exclusion === null);
  const firstCandidate = pickable[0]?.index ?? 0;
  // Where the running text begins once the mandate and scope are out of the way.
  const leadStart = pickable.find((sentence) => !sentence.followsProcedural)?.index ?? firstCandidate;
  const isShort = pickable.length <= 60;
  const leadParagraphEnd = endOfParagraph(features, leadStart);
  // A resolution is summarised by its operative paragraphs alone: its preamble, headings and footnotes stay out.
  const resolution = isResolution(pickable.map((sentence) => sentence.display));
  const firstOperative = resolution ? pickable.find((sentence) => isOperative(sentence.display))?.index : undefined;
  const candidates: Candidate[] = [];
  const documentCentroid = { values: documentVector, norm: documentNorm };
  const titleCentroid = { values: titleVector, norm: title.norm };
  const cosines = new Float64Array(2);
  // A candidate's vector is built when it is scored in full: the redundancy check compares it.
  const vectorOf = (sentence: SentenceFeatures) => weigh(sentence.terms, idf, scratch, distinct);
  // `pickable` is in document order: its index gives each one's rank among them.
  for (let order = 0; order < pickable.length; order++) {
    const sentence = pickable[order] as SentenceFeatures;
    if (resolution && !isOperative(sentence.display)) continue;
    // Outside a resolution, a long clause is no more pickable than any long sentence.
    if (!resolution && sentence.wordCount > LONGEST) continue;
    cosinesWith(sentence.terms, idf, scratch, distinct, documentCentroid, titleCentroid, cosines);
    const centrality = cosines[0] as number;

    const relative = order / Math.max(1, pickable.length);
    // A long text states its subject in its opening stretch: the prior falls off fast after it.
    let position = isShort ? 0.25 * (1 - relative) : LONG_LEAD_WEIGHT * (1 - relative) ** 3;
    if (sentence.index === (isShort ? firstCandidate : leadStart)) position += isShort ? 0.3 : LONG_FIRST_WEIGHT;
    // A resolution's paragraphs are ranked by what they do, not where they stand (bar the first operative one).
    if (resolution) position = 0;
    const titleMatch = TITLE_WEIGHT * (cosines[1] as number);
    const paragraph = sentence.opensParagraph ? 0.12 : 0;
    // In a long report the reader's summary is its own "Summary" or its conclusions.
    const keySection = !isShort && sentence.section !== null ? KEY_SECTION_WEIGHT : 0;
    const lead =
      !isShort && sentence.index > leadStart && sentence.index < leadParagraphEnd ? LEAD_PARAGRAPH_WEIGHT : 0;
    const background = sentence.followsProcedural ? -PROCEDURAL_PARAGRAPH_PENALTY : 0;
    const anaphora = DANGLING_START.test(sentence.display) ? -0.1 : 0;
    const length = sentence.wordCount > LONG ? -LENGTH_SLOPE * (sentence.wordCount - LONG) : 0;
    const leading = centrality + titleMatch + position + paragraph + keySection;
    const mayRecordDecision = !isShort && (sentence.cues & DECISION_CUE) !== 0;
    const bound =
      leading +
      MAX_FACTS +
      length +
      anaphora +
      lead +
      background +
      (mayRecordDecision ? DECISION_WEIGHT : 0) +
      (resolution ? MAX_OPERATIVE_WEIGHT : 0) +
      maxDiscourseWeight(sentence.cues) +
      ROUNDING_MARGIN;
    candidates.push({
      sentence,
      leading,
      length,
      anaphora,
      lead,
      background,
      bound,
      firstOperative: sentence.index === firstOperative,
    });
  }
  return { candidates, isShort, resolution, vectorOf };
}

/** A candidate scored in full, or null when it may not be picked after all; the parts add up in a fixed order. */
function fullScore(
  candidate: Candidate,
  isShort: boolean,
  resolution: boolean,
  vectorOf: (sentence: SentenceFeatures) => Vector,
): Scored | null {
  const { sentence } = candidate;
  if (isPointer(sentence.display, sentence.cues)) return null;
  const decides = recordsDecision(sentence);
  const facts =
    Math.min(0.3, factDensity(sentence)) * 0.3 + Math.min(3, countableNumbers(sentence.display)) * NUMBER_WEIGHT;
  const decision = !isShort && decides ? DECISION_WEIGHT : 0;
  const discourse = discourseWeight(sentence.display, sentence.cues);
  const operative = resolution ? operativeWeight(sentence.display, candidate.firstOperative, sentence.cues) : 0;
  const score =
    candidate.leading +
    facts +
    candidate.length +
    candidate.anaphora +
    candidate.lead +
    candidate.background +
    decision +
    operative +
    discourse;
  if (score === Number.NEGATIVE_INFINITY) return null;
  return { candidate, vector: vectorOf(sentence), score, recordsDecision: decides };
}

/**
 * Two sentences saying the same thing. Two recorded decisions are never that: "Draft resolution A was
 * adopted by 155 votes" and "Draft resolution B was adopted by 105 votes" share every word but the facts.
 */
function isRedundant(a: Scored, b: Scored): boolean {
  if (cosine(a.vector, b.vector) <= REDUNDANT) return false;
  return !(a.recordsDecision && b.recordsDecision);
}

/** The index of the first sentence after the paragraph that `start` belongs to. */
function endOfParagraph(features: readonly SentenceFeatures[], start: number): number {
  let end = start + 1;
  while (end < features.length && !(features[end] as SentenceFeatures).opensParagraph) end++;
  return end;
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
  const { features, vocabularySize } = describeDocument(_ctx.text, sentences);
  const { candidates, isShort, resolution, vectorOf } = candidatesOf(features, vocabularySize);
  // The sentences are taken best score first (the earlier of two equal ones first). A score is worked out in
  // full only when its bound reaches the best one known: a sentence below that comes later whatever its score.
  // A heap, not a sort: only the few candidates at the top are ever taken from it.
  const byBound = new BoundHeap(candidates);
  const scored: Scored[] = [];
  const chosen: Scored[] = [];
  let words = 0;
  while (chosen.length < MAX_SENTENCES) {
    // A summary has two sentences at least: the second may stretch the budget when the first filled most of it.
    const budget = chosen.length === 1 ? STRETCHED_WORDS : MAX_WORDS;
    let best = bestOf(scored);
    for (let candidate = byBound.top(); candidate !== undefined; candidate = byBound.top()) {
      if (best !== undefined && candidate.bound < best.score) break;
      byBound.pop();
      // Once a sentence is chosen the budget only shrinks: a sentence that does not fit now never will.
      if (chosen.length > 0 && words + candidate.sentence.wordCount > budget) continue;
      const entry = fullScore(candidate, isShort, resolution, vectorOf);
      if (entry === null) continue;
      scored.push(entry);
      if (best === undefined || comesBefore(entry, best)) best = entry;
    }
    if (best === undefined) break;
    scored.splice(scored.indexOf(best), 1);
    if (words + best.candidate.sentence.wordCount > budget) continue;
    if (chosen.some((other) => isRedundant(other, best))) continue;
    chosen.push(best);
    words += best.candidate.sentence.wordCount;
  }
  if (chosen.length === 0) return fallback(features);
  return chosen
    .sort((a, b) => a.candidate.sentence.index - b.candidate.sentence.index)
    .map((entry) => entry.candidate.sentence.display)
    .join(' ');
}

/** Candidates by bound, the highest first (the earlier of two equal ones first): a binary max-heap. */
class BoundHeap {
  private readonly items: Candidate[];

  constructor(items: Candidate[]) {
    this.items = items;
    for (let k = (items.length >> 1) - 1; k >= 0; k--) this.siftDown(k);
  }

  top(): Candidate | undefined {
    return this.items[0];
  }

  pop(): void {
    const last = this.items.pop();
    if (last === undefined || this.items.length === 0) return;
    this.items[0] = last;
    this.siftDown(0);
  }

  private siftDown(from: number): void {
    const items = this.items;
    let k = from;
    for (;;) {
      const left = 2 * k + 1;
      if (left >= items.length) return;
      const right = left + 1;
      const child =
        right < items.length && boundsAbove(items[right] as Candidate, items[left] as Candidate) ? right : left;
      if (!boundsAbove(items[child] as Candidate, items[k] as Candidate)) return;
      const swap = items[k] as Candidate;
      items[k] = items[child] as Candidate;
      items[child] = swap;
      k = child;
    }
  }
}

function boundsAbove(a: Candidate, b: Candidate): boolean {
  return a.bound > b.bound || (a.bound === b.bound && a.sentence.index < b.sentence.index);
}

/** Whether `a` ranks above `b`: a higher score, or the same score earlier in the document. */
function comesBefore(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.candidate.sentence.index < b.candidate.sentence.index);
}

/** The scored sentence that ranks first. */
function bestOf(scored: readonly Scored[]): Scored | undefined {
  let best: Scored | undefined;
  for (const entry of scored) if (best === undefined || comesBefore(entry, best)) best = entry;
  return best;
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

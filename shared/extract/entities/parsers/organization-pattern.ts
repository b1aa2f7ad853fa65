import { spanAt } from '../../run.js';
import type { Parser, Span } from '../../types.js';
import { nonEntityHeads, organizationHeads } from '../data/words.js';
import type { Mention } from '../mention.js';

/** A capitalised word (with inner hyphens and apostrophes), or a committee number ("1540 Committee"). */
const capitalised = String.raw`(?:\d{3,4}[ \t]+)?\p{Lu}[\p{L}\p{M}\p{N}'’-]*`;
/** Lower-case words that may sit inside a name ("Office of the High Commissioner for Human Rights"). */
const connectors = new Set([
  'of',
  'for',
  'on',
  'the',
  'and',
  'in',
  'to',
  'against',
  'while',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  '&',
]);
const connector = String.raw`(?:of|for|on|the|and|in|to|against|while|de|du|des|la|le|et|&)`;
/** A run of capitalised words joined by connectors on one line. Linear: connectors are lower case, words are not. */
const run = String.raw`${capitalised}(?:[ \t]+(?:${connector}[ \t]+)*${capitalised})*`;

/** Words that open a sentence or clause but never a name. */
const leadingNoise = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'To',
  'Of',
  'And',
  'As',
  'By',
  'With',
  'From',
  'Through',
  'Under',
  'During',
  'While',
  'When',
  'Since',
  'After',
  'Before',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'This',
  'That',
  'These',
  'Those',
  'Both',
  'Each',
  'All',
  'Other',
  'Several',
  'Many',
]);

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Capitalised phrases headed by an organization noun: "United Nations Counter-Terrorism Centre",
 * "Office of the High Commissioner for Human Rights", "Bulan Institute for Peace Innovations".
 *
 * @example
 * // "Representatives of the Council of Europe met" → organization "Council of Europe"
 */
export const organizationPatternParser: Parser<Mention> = {
  name: 'organization-pattern',
  pattern: () => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’-])${run}`, 'gu'),
  extract(ctx, match) {
    const words = splitWords(match[0], match.index);
    const spans: Span<Mention>[] = [];
    for (const segment of splitAtConjunctions(words)) {
      const phrase = organizationPhrase(segment);
      if (phrase === null) continue;
      const first = phrase[0];
      const last = phrase[phrase.length - 1];
      if (first === undefined || last === undefined) continue;
      const text = ctx.text.slice(first.start, last.end);
      spans.push(spanAt(ctx, first.start, last.end, { type: 'organization', source: 'pattern', name: text }));
    }
    return spans;
  },
};

function splitWords(text: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    words.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return words;
}

const isHead = (word: Word | undefined): boolean => word !== undefined && organizationHeads.has(word.text);

/**
 * Splits "UNODC and the United Nations Development Programme" in two, but keeps "Organization for
 * Security and Co-operation in Europe" whole: split where "and" starts a part with its own head noun and
 * either "the" follows or the part before already ended on a head.
 */
function splitAtConjunctions(words: Word[]): Word[][] {
  const segments: Word[][] = [];
  let current: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (word.text === 'and' && current.length > 0) {
      const rest = words.slice(i + 1);
      const restHasHead = rest.findIndex((w) => isHead(w));
      const nextConnectorFree =
        restHasHead >= 0 && !rest.slice(0, restHasHead).some((w) => w.text === 'of' || w.text === 'for');
      const startsWithThe = rest[0]?.text === 'the';
      if (nextConnectorFree && (startsWithThe || isHead(current[current.length - 1]))) {
        segments.push(current);
        current = [];
        continue;
      }
    }
    current.push(word);
  }
  segments.push(current);
  return segments;
}

/** The organization name inside a segment, from the words that modify its first head noun. */
function organizationPhrase(segment: Word[]): Word[] | null {
  const head = segment.findIndex((word) => isHead(word));
  if (head < 0) return null;
  let start = 0;
  for (let i = head - 1; i >= 0; i--) {
    if (connectors.has((segment[i] as Word).text)) {
      start = i + 1;
      break;
    }
  }
  while (start < head && leadingNoise.has((segment[start] as Word).text)) start++;
  while (start < head && /^\d/.test((segment[start] as Word).text) && start + 1 !== head) start++;
  let end = segment.length;
  for (let i = head + 1; i < segment.length; i++) {
    const word = (segment[i] as Word).text;
    if ((word === 'Member' && /^States?$/.test(segment[i + 1]?.text ?? '')) || word === 'Mr.' || word === 'Ms.') {
      end = i;
      break;
    }
  }
  while (end > head + 1 && connectors.has((segment[end - 1] as Word).text)) end--;
  const lastWord = (segment[end - 1] as Word).text;
  if (nonEntityHeads.has(lastWord)) return null;
  const phrase = segment.slice(start, end);
  if (phrase.length === 1 && phrase[0] !== undefined && organizationHeads.has(phrase[0].text)) return null;
  return phrase;
}

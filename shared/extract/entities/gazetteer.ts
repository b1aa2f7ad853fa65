import type { EntityType } from '../../model/extraction.js';
import { CharacterClass, hasClass, stepAt } from './characters.js';
import { countries } from './data/countries.js';
import { organizationLines } from './data/organizations.js';
import { cities, regions } from './data/places.js';
import { provinces } from './data/provinces.js';
import { forLastText } from './last-text.js';
import { organizationKey, unifyPunctuation } from './names.js';
import { characterClasses } from './word-stretches.js';

/** A known place or organization: its type and canonical name. */
export interface KnownEntity {
  readonly type: EntityType;
  readonly canonical: string;
}

interface TrieNode {
  /** Children by their word's number (see wordNumber): Map look-ups of new strings hashed them in full. */
  readonly next: Map<number, TrieNode>;
  /** Present on every node, set or not, so that all nodes share one shape and the walk reads it fast. */
  entity: KnownEntity | undefined;
}

/** Words of a name as the trie sees them: letters and digits, apostrophes and hyphens inside words. */
export const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’‘-][\p{L}\p{M}\p{N}]+)*/gu;

function words(text: string): string[] {
  return unifyPunctuation(text).match(wordPattern) ?? [];
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), entity: undefined };
  const add = (name: string, entity: KnownEntity): void => {
    let node = root;
    for (const word of words(name)) {
      const number = numberWord(word);
      let child = node.next.get(number);
      if (child === undefined) {
        child = { next: new Map(), entity: undefined };
        node.next.set(number, child);
      }
      node = child;
    }
    node.entity ??= entity;
  };
  for (const [common, others, capitals] of countries) {
    const country: KnownEntity = { type: 'place', canonical: common };
    add(common, country);
    for (const other of others) add(other, country);
    for (const capital of capitals) add(capital, { type: 'place', canonical: capital });
  }
  for (const [canonical, others] of [...regions, ...provinces]) {
    const region: KnownEntity = { type: 'place', canonical };
    add(canonical, region);
    for (const other of others) add(other, region);
  }
  for (const city of cities) add(city, { type: 'place', canonical: city.replace(/,? D\.C\.$/, '') });
  for (const entry of knownOrganizations.values()) {
    for (const name of entry.names) {
      add(name, entry.entity);
      if (!entry.isUnitedNations) {
        add(`United Nations ${name}`, entry.entity);
        add(`UN ${name}`, entry.entity);
      }
    }
    for (const acronym of entry.acronyms) add(acronym, entry.entity);
  }
  wordSlots = slotsOf(trieWords);
  rootChildren = trieWords.map((_, number) => root.next.get(number));
  for (const number of root.next.keys()) {
    const word = trieWords[number] as string;
    firstWordPrefixes[prefixKeyOf(word)] = 1;
    firstWordPrefixes[prefixKeyOf(`${word}'s`)] = 1;
  }
  return root;
}

/**
 * Per hash of the first three code units of the words that start a known name (and of their possessives),
 * a 1: most capitalised words start otherwise, told before their whole word is hashed and looked up.
 */
const firstWordPrefixes = new Uint8Array(1 << 16);

const prefixKey = (first: number, second: number, third: number): number =>
  (Math.imul(Math.imul(first, 31) + second, 31) + third) & 0xffff;

/** The prefix key of a word, 0 for the code units it lacks. */
const prefixKeyOf = (word: string): number =>
  prefixKey(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0, word.length > 2 ? word.charCodeAt(2) : 0);

/** The prefix key of the word text[start, end) as the trie spells it. */
const prefixKeyAt = (text: string, start: number, end: number): number =>
  prefixKey(
    unifiedCodeAt(text, start),
    end - start > 1 ? unifiedCodeAt(text, start + 1) : 0,
    end - start > 2 ? unifiedCodeAt(text, start + 2) : 0,
  );

/** The root's children by word number: every walk starts there, and an array is read faster than a Map. */
let rootChildren: (TrieNode | undefined)[] = [];

/** The child of `node` for the word numbered `number` (-1 for a word no name has). */
function childOf(node: TrieNode, root: TrieNode, number: number): TrieNode | undefined {
  if (number < 0) return undefined;
  return node === root ? rootChildren[number] : node.next.get(number);
}

/** The words of the trie's names, by number. */
const trieWords: string[] = [];
const wordNumbers = new Map<string, number>();

function numberWord(word: string): number {
  let number = wordNumbers.get(word);
  if (number === undefined) {
    number = trieWords.push(word) - 1;
    wordNumbers.set(word, number);
  }
  return number;
}

/** An open-addressing table of the trie's words by hashOfWord: per slot, a word's number plus one. */
let wordSlots: Int32Array = new Int32Array(1);

function slotsOf(list: readonly string[]): Int32Array {
  let size = 16;
  while (size < list.length * 2) size <<= 1;
  const slots = new Int32Array(size);
  list.forEach((word, number) => {
    let slot = hashOfWord(word, 0, word.length) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = number + 1;
  });
  return slots;
}

/**
 * The number of the trie's word spelt by text[start, end) (’ and ‘ read as '), or -1: read from the
 * code units, since slicing every word of a name for a Map look-up cost most of the walk.
 */
function wordNumberAt(text: string, start: number, end: number): number {
  const mask = wordSlots.length - 1;
  for (let slot = hashOfWord(text, start, end) & mask; wordSlots[slot] !== 0; slot = (slot + 1) & mask) {
    const number = (wordSlots[slot] as number) - 1;
    if (spells(trieWords[number] as string, text, start, end)) return number;
  }
  return -1;
}

// The loops over a word's code units below read ’ and ‘ as ' by hand, not by calling unifiedCodeAt: they
// run for every capitalised word, and the call was left in place of being inlined (most of their time).

/** Whether text[start, end), with ’ and ‘ read as ', is `word`. */
function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    const expected = word.charCodeAt(i);
    if (code !== expected && !(expected === 39 && isCurlySingleQuote(code))) return false;
  }
  return true;
}

const isCurlySingleQuote = (code: number): boolean => code === 0x2019 || code === 0x2018;

/** The code unit at `index`, ’ and ‘ read as ' (the trie's words were spelt by unifyPunctuation). */
function unifiedCodeAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return isCurlySingleQuote(code) ? 39 : code;
}

/** A hash of text[start, end) as the trie spells it (’ and ‘ as '). */
function hashOfWord(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    hash = (Math.imul(hash, 31) + (code === 0x2019 || code === 0x2018 ? 39 : code)) | 0;
  }
  return hash;
}

interface KnownOrganization {
  readonly entity: KnownEntity;
  readonly names: readonly string[];
  readonly acronyms: readonly string[];
  readonly isUnitedNations: boolean;
}

const knownOrganizations: ReadonlyMap<string, KnownOrganization> = new Map(
  organizationLines.map((line) => {
    const parts = line.split('|');
    const names = parts.filter((part) => !part.startsWith('='));
    const acronyms = parts.filter((part) => part.startsWith('=')).map((part) => part.slice(1));
    const canonical = names[0] ?? '';
    const entity: KnownEntity = { type: 'organization', canonical };
    return [canonical, { entity, names, acronyms, isUnitedNations: canonical === 'United Nations' }];
  }),
);

/** Organization key (see organizationKey) or acronym → known organization. */
const organizationsByKey: ReadonlyMap<string, KnownEntity> = (() => {
  const byKey = new Map<string, KnownEntity>();
  for (const entry of knownOrganizations.values()) {
    for (const name of entry.names)
      if (!byKey.has(organizationKey(name))) byKey.set(organizationKey(name), entry.entity);
    for (const acronym of entry.acronyms) byKey.set(`=${acronym.toUpperCase()}`, entry.entity);
  }
  return byKey;
})();

/** The known organization a name or acronym stands for, if any. */
export function knownOrganization(name: string): KnownEntity | undefined {
  const remembered = lookups.get(name);
  if (remembered !== undefined) return remembered ?? undefined;
  const found = organizationsByKey.get(organizationKey(name)) ?? organizationsByKey.get(`=${name.toUpperCase()}`);
  if (lookups.size > 5000) lookups.clear();
  lookups.set(name, found ?? null);
  return found;
}

/** Names repeat within and across documents: remember answers (bounded); null for no known body, so one look-up answers. */
const lookups = new Map<string, KnownEntity | null>();

let trie: TrieNode | undefined;

/**
 * Whether text[from, to), characters between words (see isBetweenWords), may join the words of one name:
 * spaces, a slash, the dots of "D.C.", a hyphen with spaces, no line break, as
 * /^(?:[ \t]+|\/|\.[ \t]?|[ \t]*-[ \t]*)$/. Read by code unit: slicing for the regex cost as much as the
 * trie look-ups.
 */
function isJoiner(text: string, from: number, to: number): boolean {
  if (to - from === 1) return true;
  const first = text.charCodeAt(from);
  if (first === 46) return to - from === 2 && isSpaceOrTab(text.charCodeAt(from + 1));
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 45) hyphens++;
    else if (!isSpaceOrTab(code)) return false;
  }
  return hyphens <= 1;
}

const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;

type KnownName = { end: number; entity: KnownEntity } | null;

/** Answers for the last text by start offset: parsers ask again about a word (name words, places after "for"). */
const answersFor = forLastText(() => new Map<number, KnownName>());

/**
 * The longest known name starting at `start` (which must begin a word): its end offset and entity.
 *
 * @example
 * longestKnownName('in the Syrian Arab Republic', 7) // { end: 27, entity: { type: 'place', canonical: 'Syria' } }
 */
export function longestKnownName(text: string, start: number): KnownName {
  trie ??= buildTrie();
  const classes = characterClasses(text);
  const firstEnd = wordEnd(text, classes, start);
  if (firstEnd === start || firstWordPrefixes[prefixKeyAt(text, start, firstEnd)] !== 1) return null;
  // Most capitalised words start no known name: told from the code units, before any answer is stored.
  const firstNumber = wordNumberAt(text, start, firstEnd);
  if (childOf(trie, trie, firstNumber) === undefined && !isPossessiveEnd(text, start, firstEnd)) return null;
  const answers = answersFor(text);
  let found = answers.get(start);
  if (found === undefined) {
    found = walkTrie(trie, text, classes, start, firstEnd, firstNumber);
    answers.set(start, found);
  }
  return found;
}

/** Characters between the words of a name (see isJoiner): anything else ends the name. */
const isBetweenWords = (code: number): boolean =>
  code === 32 || code === 9 || code === 47 || code === 46 || code === 45;

/**
 * The end of the word at `start`: letters, marks and numbers, joined by an apostrophe or hyphen to more
 * of them ("Côte d’Ivoire", "Counter-Terrorism"), as /[\p{L}\p{M}\p{N}]+(?:['’‘-][\p{L}\p{M}\p{N}]+)* /u.
 */
function wordEnd(text: string, classes: Uint8Array, start: number): number {
  let end = start;
  for (;;) {
    let after = end;
    while (hasClass(classes, after, CharacterClass.word)) after += stepAt(classes, after);
    if (after === end) return end === start ? start : end - 1;
    end = after;
    const code = text.charCodeAt(end);
    if (!(code === 39 || code === 0x2019 || code === 0x2018 || code === 45)) return end;
    end++;
  }
}

/**
 * Follows the trie word by word from `start`, the words read as the text goes; the last node with an
 * entity is the longest name.
 */
function walkTrie(
  root: TrieNode,
  text: string,
  classes: Uint8Array,
  start: number,
  firstEnd: number,
  firstNumber: number,
): KnownName {
  let wordStart = start;
  let end = firstEnd;
  let number = firstNumber;
  let node: TrieNode = root;
  let bestEnd = -1;
  let bestEntity: KnownEntity | undefined;
  for (;;) {
    const child = childOf(node, root, number);
    if (child === undefined) {
      // A possessive ends the name: "Iran’s court", "Human Rights Watch's director".
      const owner = isPossessiveEnd(text, wordStart, end)
        ? childOf(node, root, wordNumberAt(text, wordStart, end - 2))?.entity
        : undefined;
      if (owner !== undefined) {
        bestEnd = end - 2;
        bestEntity = owner;
      }
      break;
    }
    node = child;
    if (node.entity !== undefined) {
      bestEnd = end;
      bestEntity = node.entity;
    }
    let next = end;
    while (next < text.length && isBetweenWords(text.charCodeAt(next))) next++;
    if (next === end || !hasClass(classes, next, CharacterClass.word)) break;
    if (!isJoiner(text, end, next)) break;
    wordStart = next;
    end = wordEnd(text, classes, next);
    number = wordNumberAt(text, wordStart, end);
  }
  return bestEntity === undefined ? null : { end: bestEnd, entity: bestEntity };
}

/** Whether text[start, end) ends in 's (or ’s, ‘s), as a word of two code units or more. */
const isPossessiveEnd = (text: string, start: number, end: number): boolean =>
  end - start >= 2 && text.charCodeAt(end - 1) === 115 && unifiedCodeAt(text, end - 2) === 39;

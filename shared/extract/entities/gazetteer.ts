import type { EntityType } from '../../model/extraction.js';
import { isWordCharacter } from './characters.js';
import { countries } from './data/countries.js';
import { organizationLines } from './data/organizations.js';
import { cities, regions } from './data/places.js';
import { organizationKey, unifyPunctuation } from './names.js';
import { type WordIndex, wordIndexOf } from './word-index.js';

/** A known place or organization: its type and canonical name. */
export interface KnownEntity {
  readonly type: EntityType;
  readonly canonical: string;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entity?: KnownEntity;
}

/** Words of a name as the trie sees them: letters and digits, apostrophes and hyphens inside words. */
export const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’‘-][\p{L}\p{M}\p{N}]+)*/gu;

function words(text: string): string[] {
  return unifyPunctuation(text).match(wordPattern) ?? [];
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (name: string, entity: KnownEntity): void => {
    let node = root;
    for (const word of words(name)) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(word, child);
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
  for (const [canonical, others] of regions) {
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
  return root;
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
  if (lookups.has(name)) return lookups.get(name);
  const found = organizationsByKey.get(organizationKey(name)) ?? organizationsByKey.get(`=${name.toUpperCase()}`);
  if (lookups.size > 5000) lookups.clear();
  lookups.set(name, found);
  return found;
}

/** Names repeat within and across documents: remember answers (bounded). */
const lookups = new Map<string, KnownEntity | undefined>();

let trie: TrieNode | undefined;

/** Separators allowed between the words of one name: spaces, a slash, the dots of "D.C.", no line break. */
const joiner = /^(?:[ \t]+|\/|\.[ \t]?|[ \t]*-[ \t]*)$/;

type KnownName = { end: number; entity: KnownEntity } | null;

/** Answers for the words of the last text: parsers ask again about the same word (name words, places after "for"). */
let memoIndex: WordIndex | undefined;
let memo: (KnownName | undefined)[] = [];

/**
 * The longest known name starting at `start` (which must begin a word): its end offset and entity.
 *
 * @example
 * longestKnownName('in the Syrian Arab Republic', 7) // { end: 27, entity: { type: 'place', canonical: 'Syria' } }
 */
export function longestKnownName(text: string, start: number): KnownName {
  trie ??= buildTrie();
  const index = wordIndexOf(text);
  const first = index.wordAt(start);
  if (first < 0) return insideWord(trie, index, start);
  if (memoIndex !== index) {
    memoIndex = index;
    memo = new Array(index.count);
  }
  let found = memo[first];
  if (found === undefined) {
    found = walkTrie(trie, index, index.word(first), index.ends[first] as number, first + 1);
    memo[first] = found;
  }
  return found;
}

/** A start inside a word ("Syria" in "pro-Syria"): the name starts there and ends where that word ends. */
function insideWord(root: TrieNode, index: WordIndex, start: number): KnownName {
  if (start < 0 || start >= index.text.length || !isWordCharacter(index.text, start)) return null;
  let low = 0;
  let high = index.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((index.starts[middle] as number) <= start) low = middle + 1;
    else high = middle;
  }
  const containing = low - 1;
  const end = index.ends[containing] as number;
  return walkTrie(root, index, index.text.slice(start, end), end, containing + 1);
}

/**
 * Follows the trie from a first word (ending at `firstEnd`) through the words from index `next` on; the
 * last node with an entity is the longest name.
 */
function walkTrie(root: TrieNode, index: WordIndex, firstWord: string, firstEnd: number, next: number): KnownName {
  const text = index.text;
  let node: TrieNode = root;
  let best: KnownName = null;
  let written = firstWord;
  let end = firstEnd;
  for (let k = next; ; k++) {
    const word = written.includes('’') || written.includes('‘') ? unifyPunctuation(written) : written;
    const child = node.next.get(word);
    if (child === undefined) {
      // A possessive ends the name: "Iran’s court", "Human Rights Watch's director".
      const owner = word.endsWith("'s") ? node.next.get(word.slice(0, -2))?.entity : undefined;
      if (owner !== undefined) best = { end: end - 2, entity: owner };
      break;
    }
    node = child;
    if (node.entity !== undefined) best = { end, entity: node.entity };
    if (k >= index.count || !joiner.test(text.slice(end, index.starts[k]))) break;
    written = index.word(k);
    end = index.ends[k] as number;
  }
  return best;
}

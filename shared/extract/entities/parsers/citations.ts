import { isSpaceOrTabCode } from '../../char-codes.js';
import { compiledOnce, spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { isNameWord, nameWord, personName } from '../person-names.js';
import { quoteMarks } from '../quote-marks.js';
import { startingAtWords } from '../word-starts.js';

/** A footnote's author list: names joined by commas and "and" ("Jane Doe, Ali Kerr and Tom Ray"). */
const authorList = compiledOnce(
  () => new RegExp(`^(?:${personName})(?:(?:,[ \\t]+|,?[ \\t]+and[ \\t]+)(?:${personName}))*$`, 'u'),
);
const oneAuthor = compiledOnce(() => new RegExp(personName, 'gu'));

/** Whether every word of a two- to four-word name can be part of a person's name. */
function isFullName(text: string, start: number, name: string): boolean {
  const words = [...name.matchAll(/\S+/g)];
  if (words.length < 2) return false;
  return words.every((word) => /^\p{Ll}/u.test(word[0]) || isNameWord(text, start + word.index, word[0]));
}

/**
 * Footnote and bibliography bylines: the authors' full names before a comma and the opening quote of a
 * title ("Jane Doe and Ali Kerr, “Title”, Publisher, 2024"), from the line start or after "; and".
 * Organizations as authors ("OHCHR, “…”", "World Bank, “…”") fail the name-word test.
 *
 * @example
 * // "Mara Keller, “Floods return”, Daily Post, 2 May 2024." → person "Mara Keller"
 */
export const bylineParser: Parser<Mention> = {
  name: 'byline',
  // Read from the opening quotes (see quoteMarks), the comma (and spaces or tabs) before each read back
  // here: there are far fewer quotes than commas, at each of which a pattern led by the comma was tried.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const quote of quoteMarks(ctx.text).opening) {
      const authors = authorsBefore(ctx, quote);
      if (authors !== null) for (const span of authors) spans.push(span);
    }
    return spans;
  },
};

/** The authors of a byline whose title opens with the quote at `quote`; null when there is none. */
function authorsBefore(ctx: ExtractionContext, quote: number): Span<Mention>[] | null {
  let comma = quote - 1;
  while (comma >= 0 && isSpaceOrTabCode(ctx.text.charCodeAt(comma))) comma--;
  if (comma < 0 || ctx.text.charCodeAt(comma) !== 44) return null;
  const from = Math.max(0, comma - 160);
  const before = ctx.text.slice(from, comma);
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(';'), before.lastIndexOf('.'));
  if (cut < 0 && from > 0) return null;
  let listStart = from + cut + 1;
  let list = ctx.text.slice(listStart, comma);
  const lead = /^[ \t]*(?:and[ \t]+)?/.exec(list)?.[0] ?? '';
  listStart += lead.length;
  list = list.slice(lead.length);
  if (!authorList().test(list)) return null;
  const spans: Span<Mention>[] = [];
  for (const author of list.matchAll(oneAuthor())) {
    const start = listStart + author.index;
    if (!isFullName(ctx.text, start, author[0])) return null;
    spans.push(personSpan(ctx, start, start + author[0].length, author[0]));
  }
  return spans;
}

const personSpan = (ctx: ExtractionContext, start: number, end: number, name: string): Span<Mention> =>
  spanAt(ctx, start, end, { type: 'person', source: 'apposition', name });

const publisherWord = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|&|of|for|and|the)`;
const publisherAt = compiledOnce(
  () => new RegExp(`\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]+${publisherWord}){0,6}(?=,[ \\t]+\\d)`, 'uy'),
);
/** Words that make the thing after a title a publication or a document, not its publisher. */
const notPublishers = /\b(?:Journal|Review|Report|Magazine|Bulletin|Quarterly|Vol|No|Issue|Press Release)\b/;

/**
 * The publisher after a cited title: "“Title”, Daily Post, 2 May 2024" — the capitalised words between
 * the title's closing quote and the date are the outlet or organization that published it.
 *
 * @example
 * // "“Floods return”, Daily Post, 2 May 2024." → organization "Daily Post"
 */
export const publisherParser: Parser<Mention> = {
  name: 'publisher',
  // Read from the closing quotes (see quoteMarks): ", " and then the publisher.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const quote of quoteMarks(ctx.text).closing) {
      const publisher = publisherAfter(ctx, quote);
      if (publisher !== null) spans.push(publisher);
    }
    return spans;
  },
};

/**
 * The publisher after the closing quote at `quote`: after a comma and spaces or tabs, capitalised words
 * up to a comma and a digit (publisherAt, whose first capital the pattern [”"],[ \t]+(?=\p{Lu}) looked for).
 */
function publisherAfter(ctx: ExtractionContext, quote: number): Span<Mention> | null {
  if (ctx.text.charCodeAt(quote + 1) !== 44) return null;
  let start = quote + 2;
  while (isSpaceOrTabCode(ctx.text.charCodeAt(start))) start++;
  if (start === quote + 2) return null;
  const pattern = publisherAt();
  pattern.lastIndex = start;
  const found = pattern.exec(ctx.text);
  if (found === null) return null;
  const name = found[0];
  if (notPublishers.test(name) || !/\p{Ll}/u.test(name)) return null;
  const known = longestKnownName(ctx.text, start);
  if (known !== null && known.entity.type === 'place') return null;
  return spanAt(ctx, start, start + name.length, { type: 'organization', source: 'pattern', name });
}

const quotedName = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}`;
const nicknameThenSurname = compiledOnce(() => new RegExp(`${quotedName}[”"][ \\t]+(${nameWord})`, 'uy'));
const givenNameBefore = new RegExp(`(?<![\\p{L}\\p{M}'’-])(${nameWord})[ \\t]+$`, 'u');

/**
 * A nickname in quotes between a given name and a surname: "Altes “Mikanor” Mones" is the person Altes
 * Mones. Found from the opening quote; the given name is read backwards, the surname forwards.
 *
 * @example
 * // "led by Joseph “Big Joe” Marlow" → person "Joseph Marlow"
 */
export const nicknamedPersonParser: Parser<Mention> = {
  name: 'nicknamed-person',
  // Read from the opening quotes (see quoteMarks) before a capital, the space or tab before each checked here.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const quote of quoteMarks(ctx.text).opening) {
      if (!isCapitalAfterQuote(ctx.text.charCodeAt(quote + 1))) continue;
      const person = nicknamedPersonAround(ctx, quote);
      if (person !== null) spans.push(person);
    }
    return spans;
  },
};

/** [A-Z\u00c0-\u00de]: a nickname's first letter. */
const isCapitalAfterQuote = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);

/** The person whose nickname opens with the quote at `quote`: the given name before it, the surname after. */
function nicknamedPersonAround(ctx: ExtractionContext, quote: number): Span<Mention> | null {
  const space = quote - 1;
  if (!isSpaceOrTabCode(ctx.text.charCodeAt(space))) return null;
  const after = nicknameThenSurname();
  after.lastIndex = space + 2;
  const surnameMatch = after.exec(ctx.text);
  const surname = surnameMatch?.[1];
  if (surnameMatch === null || surname === undefined) return null;
  const given = givenNameBefore.exec(ctx.text.slice(Math.max(0, space - 40), space + 1))?.[1];
  if (given === undefined) return null;
  const start = space - given.length;
  const end = surnameMatch.index + surnameMatch[0].length;
  if (!isNameWord(ctx.text, start, given) || !isNameWord(ctx.text, end - surname.length, surname)) return null;
  return personSpan(ctx, start, end, `${given} ${surname}`);
}

/** Nouns for a person that "named" or "known as" may follow: "a gang leader named “Didi”". */
const personNouns = new Set([
  'leader',
  'commander',
  'chief',
  'boss',
  'man',
  'woman',
  'boy',
  'girl',
  'member',
  'individual',
]);
const quotedAt = compiledOnce(() => new RegExp(`(${quotedName})[”"]`, 'uy'));

/**
 * A quoted name after a noun for a person and "named", "called", "known as" or "nicknamed". Found from
 * the verb; the noun before it is checked.
 *
 * Tried only where the words start (see word-starts.ts), one character on: the pattern opens with a space or tab before them.
 *
 * @example
 * // "an interim leader named “Ton Bess”" → person "Ton Bess"
 */
export const namedPersonParser: Parser<Mention> = startingAtWords(['named', 'called', 'nicknamed', 'known'], 1, {
  name: 'named-person',
  pattern: compiledOnce(() => /[ \t](?:named|called|nicknamed|known[ \t]+as)[ \t]+[“"](?=[A-Z\u00c0-\u00de])/g),
  extract(ctx, match) {
    const noun = /([a-z]+)[ \t,]*$/.exec(ctx.text.slice(Math.max(0, match.index - 16), match.index))?.[1];
    if (noun === undefined || !personNouns.has(noun)) return null;
    const pattern = quotedAt();
    pattern.lastIndex = match.index + match[0].length;
    const name = pattern.exec(ctx.text)?.[1];
    if (name === undefined) return null;
    const start = match.index + match[0].length;
    if (!isNameWord(ctx.text, start, name.split(/[ \t]+/)[0] ?? '')) return null;
    return personSpan(ctx, start, start + name.length, name);
  },
});

const nameBeforeAlias = new RegExp(`(${personName})[ \\t]+$`, 'u');

/**
 * A full name followed by "(alias …)" or "(a.k.a. …)": only people carry aliases so written. Found from
 * the bracket; the name is read backwards.
 *
 * Tried only where the words start (see word-starts.ts), one character on: the pattern opens with a bracket before them.
 *
 * @example
 * // "under the command of Jon Tavel (alias “Gros Nèg”)" → person "Jon Tavel"
 */
export const aliasedPersonParser: Parser<Mention> = startingAtWords(['alias', 'aka', 'a.k.a.', 'also'], 1, {
  name: 'aliased-person',
  pattern: compiledOnce(() => /\((?:alias|aka|a\.k\.a\.|also[ \t]+known[ \t]+as)[ \t]/g),
  extract(ctx, match) {
    const windowStart = Math.max(0, match.index - 60);
    const found = nameBeforeAlias.exec(ctx.text.slice(windowStart, match.index));
    const raw = found?.[1];
    if (found === null || raw === undefined) return null;
    const rawStart = windowStart + found.index;
    // The name is the last name words before the bracket: "command of Jon Tavel" keeps "Jon Tavel".
    const words = [...raw.matchAll(/\S+/g)];
    let first = words.length;
    while (first > 0 && isNameWord(ctx.text, rawStart + (words[first - 1]?.index ?? 0), words[first - 1]?.[0] ?? ''))
      first--;
    const firstWord = words[first];
    if (firstWord === undefined || words.length - first < 2) return null;
    const start = rawStart + firstWord.index;
    const end = rawStart + raw.length;
    return personSpan(ctx, start, end, ctx.text.slice(start, end));
  },
});

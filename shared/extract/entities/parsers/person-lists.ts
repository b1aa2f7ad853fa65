import { isSpaceOrTabCode } from '../../char-codes.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { commasBeforeSpace } from '../commas.js';
import type { Mention } from '../mention.js';
import { endsNameAt, isPersonWord, nameCount, personRun, personSpan, type Word, wordAt } from './role-people.js';

/** Plural roles that a list of people's names follows: "our advisers, Jane Doe and John Roe". Each ends in "s" (see the pattern). */
const pluralRoles = [
  'Representatives',
  'representatives',
  'experts',
  'Experts',
  'advisers',
  'Advisers',
  'advisors',
  'Advisors',
  'colleagues',
  'Ministers',
  'ministers',
  'Ambassadors',
  'ambassadors',
  'envoys',
  'Envoys',
  'facilitators',
  'Rapporteurs',
  'rapporteurs',
  'judges',
  'Judges',
  'panellists',
  'panelists',
  'speakers',
  'journalists',
  'researchers',
  'authors',
  'officials',
  'officers',
  'commanders',
];

const roleBefore = new RegExp(`(?:^|[^\\p{L}-])(?:${pluralRoles.join('|')})$`, 'u');

/**
 * Two or more full names, joined by commas or "and", after a plural role and a comma: "our Deputy
 * Representatives, Jane Doe and John Roe; as well as our experts, Ann Poe and Max Moe". Each name is
 * two to four person words that end at punctuation or "and"; one that is not ends the list, and a list
 * of one name is no list.
 *
 * @example
 * // "the facilitators, Jane Doe and John Roe, met" → persons "Jane Doe", "John Roe"
 */
export const personListParser: Parser<Mention> = {
  name: 'person-list',
  // The whole text at once, from the commas before a space (see commasBeforeSpace): every role ends in
  // "s", and a capital must follow the spaces. A pattern led by the roles was tried at most letters, and
  // one led by "s," still made a match object for every plural before a comma.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const comma of commasBeforeSpace(ctx.text)) {
      if (ctx.text.charCodeAt(comma - 1) !== 115) continue;
      let first = comma + 1;
      while (isSpaceOrTabCode(ctx.text.charCodeAt(first))) first++;
      if (!isCapital(ctx.text.charCodeAt(first))) continue;
      const names = listAfter(ctx, comma, first);
      if (names !== null) for (const name of names) spans.push(name);
    }
    return spans;
  },
};

/** [A-Z\u00c0-\u00de]: a name's first letter. */
const isCapital = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde);

/** The names listed from `first` after a plural role and the comma at `comma`; null for fewer than two. */
function listAfter(ctx: ExtractionContext, comma: number, first: number): Span<Mention>[] | null {
  if (!roleBefore.test(ctx.text.slice(Math.max(0, comma - 20), comma))) return null;
  const names: Span<Mention>[] = [];
  let word = wordAt(ctx.text, first);
  for (let steps = 0; steps < 8 && word !== null; steps++) {
    if (!isPersonWord(ctx, word)) break;
    const run = personRun(ctx, word);
    const last = run[run.length - 1] as Word;
    if (nameCount(run) < 2 || !endsNameAt(ctx.text, last.end)) break;
    names.push(personSpan(ctx, word, last));
    let next = wordAt(ctx.text, last.end);
    if (next?.text === ',') next = wordAt(ctx.text, next.end);
    if (next?.text === 'and') next = wordAt(ctx.text, next.end);
    else if (ctx.text.charAt(last.end) !== ',') break;
    word = next;
  }
  return names.length >= 2 ? names : null;
}

import {
  BOILERPLATE_CUE,
  EVERY_CUE,
  HEDGED_CUE,
  hasCues,
  RENEWAL_TERM_CUE,
  RENEWAL_VERB_CUE,
  REPORT_CUE,
  REPORTING_VERB_CUE,
  type WordCue,
} from './cues.js';

/**
 * Resolutions: the summary a reader wants is what the body decided (extends a mandate until a date,
 * demands, requests), not its concerns, its intentions or its closing formulae. The verb lists are the
 * standard opening words of UN operative paragraphs, kept here as data.
 */

/** An operative paragraph's opening, with an optional adverb ("Strongly condemns", "Further requests"). */
const OPERATIVE_OPENING =
  /^(?:(?:[A-Z][a-z]+ly|Also|Further|Again)\s+)?(?:[A-Z]?[a-z]+s|Calls upon|Calls on|calls upon|calls on)\b/;
/** Verbs that decide something: a measure, a mandate, a day, a body. */
const DECISIVE =
  /^(?:(?:[A-Z][a-z]+ly|Also|Further)\s+)?(?:Decides|decides|Demands|demands|Authori[sz]es|authori[sz]es|Extends|extends|Establishes|establishes|Proclaims|proclaims|Declares|declares|Adopts|adopts|Approves|approves|Renews|renews|Imposes|imposes|Endorses|endorses)\b/;
/** Verbs that ask for action or take a stand. */
const ACTION =
  /^(?:(?:[A-Z][a-z]+ly|Also|Further)\s+)?(?:Requests|requests|Calls upon|calls upon|Calls on|calls on|Calls for|calls for|Urges|urges|Condemns|condemns|Encourages|encourages|Invites|invites|Expresses (?:its )?(?:grave|deep|serious) concern|expresses (?:its )?(?:grave|deep|serious) concern)\b/;
/** Closing formulae and housekeeping: the body stays seized, the costs, the circulation of the text. */
const BOILERPLATE =
  /\b(?:remain (?:actively )?seized|voluntary contributions|within (?:existing|available) resources|bring the present resolution to the attention|provisional agenda of its|continue (?:its )?consideration of)\b/;
/** "Decides to extend until 30 June the mandate …": a renewal with its term, the core of most Council resolutions. */
const RENEWAL =
  /\b(?:extend|renew|prolong)(?:s|ed)?\b[^;]{0,120}?\b(?:until|for a (?:further |new )?period|for an additional period|for (?:a )?further)\b/;
/** "Requests … to submit a report …", "shall provide … a report": reporting duties, housekeeping more than substance. */
const REPORTING = /\b(?:submit|provide|present)\b[^;]{0,60}?\breports?\b/;
/** "Expresses its readiness to consider …": an intention, not a decision. */
const HEDGED = /\breadiness to\b/;

/** Word parts one of which each pattern needs (see cues.ts); a renewal and a reporting duty need one of each pair. */
export const RESOLUTION_CUES: readonly WordCue[] = [
  { bit: BOILERPLATE_CUE, parts: 'seized voluntary resources attention provisional consideration' },
  { bit: RENEWAL_VERB_CUE, parts: 'extend renew prolong' },
  { bit: RENEWAL_TERM_CUE, parts: 'until period further' },
  { bit: REPORTING_VERB_CUE, parts: 'submit provide present' },
  { bit: REPORT_CUE, parts: 'report' },
  { bit: HEDGED_CUE, parts: 'readiness' },
];
const RENEWAL_CUES = RENEWAL_VERB_CUE | RENEWAL_TERM_CUE;
const REPORTING_CUES = REPORTING_VERB_CUE | REPORT_CUE;

const DECISIVE_WEIGHT = 0.35;
const ACTION_WEIGHT = 0.12;
const FIRST_CLAUSE_WEIGHT = 0.15;
const HEDGED_PENALTY = 0.2;
const RENEWAL_WEIGHT = 0.2;
const REPORTING_PENALTY = 0.1;
/** The most `operativeWeight` can give: the first clause, with a decisive verb and a renewal. */
export const MAX_OPERATIVE_WEIGHT = FIRST_CLAUSE_WEIGHT + DECISIVE_WEIGHT + RENEWAL_WEIGHT;
/** A text is a resolution when this many of its pickable sentences, and this share of them, are operative paragraphs. */
const MIN_CLAUSES = 3;
const MIN_CLAUSE_SHARE = 0.3;

/**
 * "3. Decides to extend the mandate …;": an operative paragraph of a resolution, which says what
 * was decided. Preambular ones ("Recalling …,") only set the scene and stay out of summaries.
 */
const OPERATIVE_CLAUSE = /^(?:\d{1,3}\.\s+)?(?:[A-Z][a-z]+s|Calls upon|Calls on)\b/;

export function isResolutionClause(display: string): boolean {
  return display.charAt(display.length - 1) === ';' && OPERATIVE_CLAUSE.test(display);
}

/** Whether the pickable sentences (their displays) read as a resolution's operative part. */
export function isResolution(candidates: readonly string[]): boolean {
  let clauses = 0;
  for (const display of candidates) if (isResolutionClause(display)) clauses++;
  return clauses >= MIN_CLAUSES && clauses >= MIN_CLAUSE_SHARE * candidates.length;
}

/** An operative paragraph, the last one included (it closes with a full stop instead of a semicolon). */
export function isOperative(display: string): boolean {
  return OPERATIVE_OPENING.test(display) && (display.endsWith(';') || display.endsWith('.'));
}

/**
 * How much an operative paragraph says what was decided; `first` marks the first one, which often states the
 * core. A closing formula or housekeeping paragraph is never picked: minus infinity. `cues` are the
 * paragraph's word cues: a pattern whose cues it lacks cannot match.
 */
export function operativeWeight(display: string, first: boolean, cues = EVERY_CUE): number {
  if (hasCues(cues, BOILERPLATE_CUE) && BOILERPLATE.test(display)) return Number.NEGATIVE_INFINITY;
  let weight = first ? FIRST_CLAUSE_WEIGHT : 0;
  if (DECISIVE.test(display)) weight += DECISIVE_WEIGHT;
  else if (ACTION.test(display)) weight += ACTION_WEIGHT;
  if (hasCues(cues, HEDGED_CUE) && HEDGED.test(display)) weight -= HEDGED_PENALTY;
  if (hasCues(cues, RENEWAL_CUES) && RENEWAL.test(display)) weight += RENEWAL_WEIGHT;
  else if (hasCues(cues, REPORTING_CUES) && REPORTING.test(display)) weight -= REPORTING_PENALTY;
  return weight;
}

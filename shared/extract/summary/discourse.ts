import {
  EVERY_CUE,
  hasCues,
  POINTER_CUE,
  PREVIEW_MODAL_CUE,
  PREVIEW_VERB_CUE,
  PROCEDURE_CUE,
  STANCE_CUE,
  type WordCue,
} from './cues.js';

/**
 * Discourse cues of speeches, statements and meeting transcripts, kept here as data. Their openings are
 * mostly preamble: the chair's procedure (calling the meeting to order, welcoming, seating), courtesy
 * towards the room and the interpreters, and previews of what the speaker is about to say. A reader's
 * summary keeps the speaker's positions instead: what they believe, support, propose or call for.
 */

/** The chair's procedure and the speaker's courtesies: words about the meeting, not about its subject. */
const PROCEDURE =
  /\b(?:call(?:s|ed|ing)? (?:\w+ )?to order|take (?:your|their) seats|interpret(?:ers|ation)|speak(?:ing)? slowly|(?:be|being|keep (?:it|my remarks)) (?:very )?brief|(?:warmly |cordially )?welcomes? (?:you|all|everyone|everybody)|recogni[sz]e the presence|(?:dear|distinguished|honourable|honorable) (?:colleagues|co-?chairs?|participants|delegates|guests|friends)|ladies and gentlemen|(?:your|his|her) excellenc(?:y|ies)|excellencies|good (?:morning|afternoon|evening)|(?:it is|it's) (?:a |my )?(?:great )?(?:pleasure|privilege|honou?r) to (?:be here|join|welcome))/i;

/** Previews: "I would like to discuss …", "Let me turn to …", "I will make three points." */
const PREVIEW =
  /\b(?:(?:I|we)(?: would| should|'d)? (?:like|wish|want|intend|propose|plan)(?: to)? (?:now |also |briefly |first |then )?(?:discuss|talk|speak|say a (?:few|couple)|make (?:a few|some|two|three|four|several) (?:brief )?(?:points|remarks|comments|observations)|turn|touch|focus|begin|start|share a few|offer a few)|(?:I|we) (?:will|shall|am going to|are going to) (?:now |also |briefly |first |then )?(?:discuss|talk about|speak about|turn to|touch (?:up)?on|focus on|begin|start|make (?:a few|some|two|three|four) (?:brief )?(?:points|remarks|comments))|let me (?:now |then |first |also |briefly )?(?:turn|begin|start|say a few|make a few|conclude by|share a few))\b/i;

/** The speaker's own position: "We believe …", "Our delegation supports …", "I urge …". */
const STANCE =
  /\b(?:I|[Ww]e|[Mm]y (?:country|delegation|Government)|[Oo]ur (?:country|delegation|Government))(?: (?:firmly|strongly|fully|also|therefore|thus|still|all|must|continue to|remain|reaffirm(?:s)? (?:that|our)))* (?:believes?|think|consider|supports?|propose|proposes|urges?|call (?:on|upon|for)|calls (?:on|upon|for)|recommends?|insists?|rejects?|opposes?|condemns?|are convinced|is convinced|am convinced)\b/;

/** Word parts one of which each pattern needs (see cues.ts); a preview needs both a modal and a verb. */
export const DISCOURSE_CUES: readonly WordCue[] = [
  {
    bit: PROCEDURE_CUE,
    parts:
      'order seats interpret slowly brief welcome presence colleague chair participant delegate guest friend ladies excellenc morning afternoon evening pleasure privilege honour honor',
  },
  {
    bit: PREVIEW_MODAL_CUE,
    parts: 'like wish want intend propose plan will shall going let',
  },
  {
    bit: PREVIEW_VERB_CUE,
    parts: 'discuss talk speak say make turn touch focus begin start share offer conclude',
  },
  {
    bit: STANCE_CUE,
    parts: 'believe think consider support propose urge call recommend insist reject oppose condemn convinced',
  },
  { bit: POINTER_CUE, parts: 'below above follow' },
];
const PREVIEW_CUES = PREVIEW_MODAL_CUE | PREVIEW_VERB_CUE;

const PROCEDURE_PENALTY = 0.25;
const PREVIEW_PENALTY = 0.2;
const STANCE_WEIGHT = 0.08;

/**
 * What a sentence's discourse cues add to its score: preamble and previews down, positions up. `cues` are
 * the sentence's word cues: a pattern whose cue it lacks cannot match.
 */
export function discourseWeight(display: string, cues = EVERY_CUE): number {
  if (hasCues(cues, PROCEDURE_CUE) && PROCEDURE.test(display)) return -PROCEDURE_PENALTY;
  if (hasCues(cues, PREVIEW_CUES) && PREVIEW.test(display)) return -PREVIEW_PENALTY;
  return hasCues(cues, STANCE_CUE) && STANCE.test(display) ? STANCE_WEIGHT : 0;
}

/** The most `discourseWeight` can give a sentence with these cues. */
export function maxDiscourseWeight(cues: number): number {
  return hasCues(cues, STANCE_CUE) ? STANCE_WEIGHT : 0;
}

/**
 * Sentences that point at a list, table or figure instead of saying something: "The list below provides
 * all mandates.", "Table 2 lists the deliverables.", "They are as follows." Without what they point at,
 * they tell a reader nothing.
 */
const POINTER =
  /\b(?:(?:list|table|figure|box|chart|annex) (?:below|above)|(?:listed|shown|set out|presented|summari[sz]ed|described|detailed) (?:below|above)|as follows|the following (?:list|table|figure|chart)s?)\b/i;
/** "Table 2 lists …": a caption pointing at what it opens. Anchored, so it costs one try per sentence. */
const CAPTION_POINTER =
  /^(?:Table|Figure|Box|Chart|Annex) [\dIVXLC][\w.]* (?:lists|shows|presents|provides|sets out|summari[sz]es|contains|gives)\b/i;

export function isPointer(display: string, cues = EVERY_CUE): boolean {
  return (hasCues(cues, POINTER_CUE) && POINTER.test(display)) || CAPTION_POINTER.test(display);
}

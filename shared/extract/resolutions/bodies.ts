/**
 * UN organs whose resolutions carry their own symbol series, with the series prefix.
 * Source: UN Official Document System symbol conventions
 * (https://research.un.org/en/docs/symbols): S/RES, A/RES, A/HRC/RES, E/RES, E/CN.4/RES.
 */
export type ResolutionSeries = 'S/RES' | 'A/RES' | 'A/HRC/RES' | 'E/RES' | 'E/CN.4/RES';

/** Longest names first, so "Human Rights Council" wins over "Council". */
const bodyNames: readonly [RegExp, ResolutionSeries][] = [
  [/^human rights council$/i, 'A/HRC/RES'],
  [/^commission on human rights$/i, 'E/CN.4/RES'],
  [/^(?:economic and social council|ecosoc)$/i, 'E/RES'],
  [/^(?:general assembly|assembly)$/i, 'A/RES'],
  [/^security council$/i, 'S/RES'],
];

/** Matches any organ name; used to find the one nearest before a citation. */
export const BODY_NAME_PATTERN =
  /\b(?:Human Rights Council|Commission on Human Rights|Economic and Social Council|ECOSOC|General Assembly|Assembly|Security Council)\b/g;

export function seriesOfBody(name: string): ResolutionSeries | null {
  for (const [pattern, series] of bodyNames) if (pattern.test(name)) return series;
  return null;
}

/** How far back a body name may be and still govern a citation: about a long sentence. */
const BODY_WINDOW = 300;

/**
 * The organ named nearest before `offset` in the same paragraph, or null.
 * A blank line ends the search: organs from the previous paragraph do not govern this one.
 */
export function nearestBodyBefore(text: string, offset: number): ResolutionSeries | null {
  const from = Math.max(0, offset - BODY_WINDOW);
  let window = text.slice(from, offset);
  const paragraphBreak = window.lastIndexOf('\n\n');
  if (paragraphBreak >= 0) window = window.slice(paragraphBreak);
  let last: string | null = null;
  for (const match of window.matchAll(BODY_NAME_PATTERN)) last = match[0];
  return last === null ? null : seriesOfBody(last);
}

/**
 * The organ a document speaks for, for bare "its resolution 7/23": a Human Rights Council text
 * opens with the Council's name or addresses it as "The Human Rights Council,".
 */
export function documentBody(text: string): ResolutionSeries {
  if (text === cachedText) {
    // An equal text may be another string object: keep this one, so the next call compares by reference, not
    // character by character.
    cachedText = text;
    return cachedBody;
  }
  cachedText = text;
  cachedBody = scanDocumentBody(text);
  return cachedBody;
}

/** Parsers ask once per citation; the answer depends only on the text, so the last one is kept. */
let cachedText: string | null = null;
let cachedBody: ResolutionSeries = 'A/RES';

const COUNCIL_ADDRESS = 'The Human Rights Council,';
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * Whether "The Human Rights Council," stands alone on a line (/^\s*The Human Rights Council,\s*$/m), read
 * from the phrase's occurrences: that pattern, tried at every line start of a long report, was slow.
 */
function addressesTheCouncil(text: string): boolean {
  for (let at = text.indexOf(COUNCIL_ADDRESS); at >= 0; at = text.indexOf(COUNCIL_ADDRESS, at + 1)) {
    if (onlySpaceToLineEdge(text, at, -1) && onlySpaceToLineEdge(text, at + COUNCIL_ADDRESS.length, 1)) return true;
  }
  return false;
}

/** Only white space from `from` (going back when `step` is -1) to a line break or the text's edge. */
function onlySpaceToLineEdge(text: string, from: number, step: 1 | -1): boolean {
  for (let at = step < 0 ? from - 1 : from; at >= 0 && at < text.length; at += step) {
    const character = text.charAt(at);
    if (LINE_TERMINATOR.test(character)) return true;
    if (!/\s/.test(character)) return false;
  }
  return true;
}

function scanDocumentBody(text: string): ResolutionSeries {
  if (addressesTheCouncil(text)) return 'A/HRC/RES';
  const head = text.slice(0, 400);
  if (/Human Rights Council/.test(head) && !/General Assembly/.test(head)) return 'A/HRC/RES';
  return 'A/RES';
}

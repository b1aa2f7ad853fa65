import { isWhitespaceCode } from '../char-codes.js';

/**
 * Currency signs and codes (ISO 4217 codes of currencies common in UN budgets and reporting), scale words
 * and percent markers that turn a bare number into money or a share.
 */

const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'CNY', 'RUB', 'INR', 'SEK', 'NOK', 'DKK'];
const CODE_ALTERNATION = CURRENCY_CODES.join('|');

/** Signs written before the number; "$" alone is read as US dollars, the usual sense in UN documents. */
// A Map, not an object: a plain object would answer for 'constructor' and the other Object.prototype names.
const SIGN_CURRENCY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    US$: 'USD',
    $: 'USD',
    '€': 'EUR',
    '£': 'GBP',
    '¥': 'JPY',
  }),
);

// Anchored at the end of the text before the number: "US$ ", "$", "€", "USD ".
const PREFIX = new RegExp(`(?:(US\\$|\\$|€|£|¥)|\\b(${CODE_ALTERNATION})) ?$`);

// Read at the number's end: names written after the amount ("5 million dollars", "169,500 USD").
const SUFFIX_NAMES: readonly [RegExp, string][] = [
  [/^\s(?:(?:United States|US|U\.S\.|American)\s+)?dollars?\b/iy, 'USD'],
  [/^ +euros?\b/iy, 'EUR'],
  [/^ +(?:pounds sterling|British pounds?)\b/iy, 'GBP'],
  [/^ +Swiss francs?\b/iy, 'CHF'],
  [/^ +yen\b/iy, 'JPY'],
  [new RegExp(`^ +(${CODE_ALTERNATION})\\b`, 'y'), ''],
];

// A single line break may fall inside the phrase ("16\nper cent") in text extracted from PDF.
const PERCENT = /^(?: ?%|[ \u00A0]*\n?[ \u00A0]*(?:per ?cent|percent(?:age points?)?|percentage points?)\b)/iy;

/**
 * Scale words after digits; the short forms and the hyphenated adjective only count right after a currency
 * amount ("$5m", "€2bn", "a $10-billion commitment").
 */
const SCALE_WORDS =
  /^[ \u00A0]*\n?[ \u00A0]*(million|billion|trillion|thousand)\b|^(bn|m|k)\b|^[-‐‑](million|billion|trillion)\b/iy;
// A Map, not an object: a plain object would answer for 'constructor' and the other Object.prototype names.
const SCALE_VALUE: ReadonlyMap<string, number> = new Map(
  Object.entries({
    thousand: 1e3,
    k: 1e3,
    million: 1e6,
    m: 1e6,
    billion: 1e9,
    bn: 1e9,
    trillion: 1e12,
  }),
);

export interface CurrencyPrefix {
  readonly unit: string;
  readonly start: number;
}

/** How a currency sign or code can end (a code ends in a capital letter). */
const CURRENCY_LAST = /[$€£¥A-Z]/;

/*
 * Each lookup below first checks the one character its patterns need next to the number, so that the usual
 * number followed by an ordinary word or punctuation costs no slicing and no regular expression.
 */

/** A currency sign or code written just before `numberStart`, if any. */
export function currencyBefore(text: string, numberStart: number): CurrencyPrefix | null {
  const last = text.charAt(numberStart - 1) === ' ' ? text.charAt(numberStart - 2) : text.charAt(numberStart - 1);
  if (!CURRENCY_LAST.test(last)) return null;
  const before = text.slice(Math.max(0, numberStart - 5), numberStart);
  const match = PREFIX.exec(before);
  if (match === null) return null;
  const sign = match[1];
  const code = match[2];
  const unit = sign !== undefined ? SIGN_CURRENCY.get(sign) : code;
  if (unit === undefined) return null;
  return { unit, start: numberStart - before.length + match.index };
}

export interface Scale {
  readonly factor: number;
  readonly end: number;
}

/** Where the first character after the spaces, no-break spaces and line breaks following `end` is. */
function firstAfterBlanks(text: string, end: number): number {
  let at = end;
  for (let code = text.charCodeAt(at); code === 32 || code === 0xa0 || code === 10; code = text.charCodeAt(at)) at++;
  return at;
}

/** How a scale word opens (after blanks), or the hyphen of "$10-billion". */
const SCALE_OPENING = opening(/(?:mil|bil|tri|tho|bn|m|k|[-‐‑])/iy, 'mbtk-‐‑');

/** "million", "billion"… after a number; the abbreviations only when `short` (money) is allowed. */
export function scaleAfter(text: string, end: number, allowShort: boolean): Scale | null {
  if (!matchesAt(SCALE_OPENING, text, firstAfterBlanks(text, end))) return null;
  SCALE_WORDS.lastIndex = 0;
  const match = SCALE_WORDS.exec(text.slice(end, end + 12));
  if (match === null) return null;
  const word = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
  if ((match[2] !== undefined || match[3] !== undefined) && !allowShort) return null;
  const factor = SCALE_VALUE.get(word);
  return factor === undefined ? null : { factor, end: end + match[0].length };
}

export interface UnitSuffix {
  readonly unit: string;
  readonly end: number;
}

/** Where the first character after the white space following `end` is. */
function firstNonSpace(text: string, end: number): number {
  let at = end;
  while (at < text.length && isWhitespaceCode(text.charCodeAt(at))) at++;
  return at;
}

/**
 * How any unit written after a number opens: "%", per cent, dollars, United States, US, U.S., American, euros,
 * pounds, British, Swiss, yen and the currency codes ("people" and "days" do not).
 */
const UNIT_OPENING = opening(
  /(?:%|per|pou|bri|dol|uni|us|u\.s|ame|eur|swi|yen|gbp|chf|jpy|cad|aud|cny|rub|inr|sek|nok|dkk)/iy,
  '%pbduaesygcjrin',
);

/**
 * A sticky pattern with the characters it can start with, so that most positions are refused by one lookup
 * instead of a run of the pattern. `caseless` patterns list their letters in lower case.
 */
interface Opening {
  readonly pattern: RegExp;
  /** 1 for each ASCII code the pattern can start with (upper-case letters folded for a caseless pattern). */
  readonly asciiFirsts: Uint8Array;
  /** The characters beyond ASCII it can start with. */
  readonly otherFirsts: string;
}

function opening(pattern: RegExp, firstCharacters: string): Opening {
  const asciiFirsts = new Uint8Array(128);
  let otherFirsts = '';
  for (const character of firstCharacters) {
    const code = character.charCodeAt(0);
    if (code >= 128) otherFirsts += character;
    else {
      asciiFirsts[code] = 1;
      // Without the u flag, the i flag folds ASCII letters only.
      if (pattern.ignoreCase && code >= 97 && code <= 122) asciiFirsts[code - 32] = 1;
    }
  }
  return { pattern, asciiFirsts, otherFirsts };
}

/** Whether the opening's pattern matches at `at`. */
function matchesAt(opening: Opening, text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128 ? opening.asciiFirsts[code] !== 1 : !opening.otherFirsts.includes(text.charAt(at))) return false;
  opening.pattern.lastIndex = at;
  return opening.pattern.test(text);
}

/** "%", "per cent", "dollars", "USD"… written after the number. */
export function unitAfter(text: string, end: number): UnitSuffix | null {
  if (!matchesAt(UNIT_OPENING, text, firstNonSpace(text, end))) return null;
  const window = text.slice(end, end + 40);
  PERCENT.lastIndex = 0;
  const percent = PERCENT.exec(window);
  if (percent !== null) return { unit: 'percent', end: end + percent[0].length };
  for (const [pattern, unit] of SUFFIX_NAMES) {
    pattern.lastIndex = 0;
    const match = pattern.exec(window);
    if (match !== null) return { unit: unit || (match[1] ?? '').toUpperCase(), end: end + match[0].length };
  }
  return null;
}

/** Units of measure written as symbols after a number, and the counted noun each stands for (SI and common). */
const MEASURES: readonly [RegExp, string][] = [
  [/^ ?°\s?[CF]?(?![\p{L}])/uy, 'degree'],
  [/^ ?(?:km2|km²|sq\.? ?km)(?![\p{L}\d])/uy, 'kilometre'],
  [/^ ?km(?![\p{L}\d])/uy, 'kilometre'],
  [/^ ?mm(?![\p{L}\d])/uy, 'millimetre'],
  [/^ ?cm(?![\p{L}\d])/uy, 'centimetre'],
  [/^ ?kg(?![\p{L}\d])/uy, 'kilogram'],
  [/^ ?ha(?![\p{L}\d])/uy, 'hectare'],
  [/^ ?(?:MW|GW|kW)h?(?![\p{L}\d])/uy, 'watt'],
];

/** How a unit symbol opens: degree, km, sq km, mm, cm, kg, ha, MW, GW, kW. */
const MEASURE_OPENING = opening(/(?:°|km|sq|mm|cm|kg|ha|MW|GW|kW)/y, '°ksmchMG');

export interface Measure {
  readonly noun: string;
  readonly end: number;
}

/** A unit symbol right after the number ("400 kg", "2°C", "5.56 mm"), read as the counted noun. */
export function measureAfter(text: string, end: number): Measure | null {
  if (!matchesAt(MEASURE_OPENING, text, text.charAt(end) === ' ' ? end + 1 : end)) return null;
  const window = text.slice(end, end + 10);
  for (const [pattern, noun] of MEASURES) {
    pattern.lastIndex = 0;
    const match = pattern.exec(window);
    if (match !== null) return { noun, end: end + match[0].length };
  }
  return null;
}

// The scale written once after a range: "$5 to $10 million", "between 2 and 3 billion", "25–30 million".
const SHARED_SCALE =
  /^[ \u00A0]*(?:to|and|or|-|–)[ \u00A0]*(?:US\$|\$|€|£|¥)?[ \u00A0]*(\d{1,3}(?:[.,]\d+)?)[ \u00A0]*(million|billion|trillion)\b/iy;

/** "to", "and", "or" or a dash. */
const RANGE_LINK_OPENING = opening(/(?:to|and|or|-|–)/iy, 'tao-–');

/** The scale of the larger second end of a range that starts at `end`, or null. */
export function sharedScaleAfter(text: string, end: number, value: number): number | null {
  let next = end;
  while (text.charAt(next) === ' ' || text.charAt(next) === '\u00A0') next++;
  if (!matchesAt(RANGE_LINK_OPENING, text, next)) return null;
  SHARED_SCALE.lastIndex = 0;
  const match = SHARED_SCALE.exec(text.slice(end, end + 40));
  if (match === null) return null;
  const second = Number((match[1] ?? '').replace(',', '.'));
  if (!(second > value)) return null;
  return SCALE_VALUE.get((match[2] ?? '').toLowerCase()) ?? null;
}

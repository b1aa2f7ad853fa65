import type { ExtractionContext, Refiner, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';

/** Web addresses and markdown link targets: their digits are paths, not dates. */
const addressPattern = /(?:\bhttps?:\/\/|\bwww\.|\]\()[^\s)]*/g;

/**
 * A list of resolution numbers with their adoption years: "resolutions 2178 (2014), 1988 and 2253",
 * "resolution [2462 \(2019\)](#)". Each item must consume its whole number (`(?!\d)`), so the loop is linear.
 */
const resolutionListPattern =
  /\b[Rr]esolutions?\s+(?:\[?(?:[A-Z]+\/)*\d+(?!\d)(?:\/\d+(?!\d))*(?:\s*\\?\(\s*\d{4}\s*\\?\))?\]?(?:\(#\))?(?:,\s*(?:and\s+)?|\s+and\s+)?)+/g;

function zones(text: string, pattern: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** Answers "does this span overlap a zone?" for spans asked in text order, in linear time overall. */
function zoneTester(found: ReadonlyArray<readonly [number, number]>): (span: Span<DateValue>) => boolean {
  let index = 0;
  return (span) => {
    while (index < found.length && (found[index]?.[1] ?? 0) <= span.start) index++;
    const zone = found[index];
    return zone !== undefined && zone[0] < span.end;
  };
}

/** Drops dates inside web addresses, and bare years inside resolution lists (numbers and adoption years). */
export const dropExcludedZones: Refiner<DateValue> = {
  name: 'drop-excluded-zones',
  refine: (ctx: ExtractionContext, spans) => {
    const inAddress = zoneTester(zones(ctx.text, addressPattern));
    const inResolutionList = zoneTester(zones(ctx.text, resolutionListPattern));
    return [...spans]
      .sort((a, b) => a.start - b.start)
      .filter((span) => {
        const bareYear = span.value.from.month === undefined && span.value.to === undefined;
        const address = inAddress(span);
        const resolutionList = inResolutionList(span);
        return !address && !(bareYear && resolutionList);
      });
  },
};

/**
 * A number cited as a resolution anywhere: "resolution 1970", "1970 (2011)", "[1970 \\(2011\\)](#)". The look-behind
 * sits after the digits so the engine can scan for digits first.
 */
const resolutionNumberPattern =
  /\b[Rr]esolutions?\s+\[?(\d{4})(?!\d)|\b(\d{4})(?<![\w/.,]\d{4})\s*\\?\(\s*[12]\d{3}\s*\\?\)/g;
/**
 * Prepositions that make a bare number a year even when a resolution has that number ("in 1970"), and the comma
 * of a treaty title and its year ("Unlawful Seizure of Aircraft, 1970").
 */
const yearPreposition = /(?:\b(?:in|since|until|by|during|before|after|from|between)|,)\s+$/i;

/**
 * Drops a bare "year" that is a resolution number cited elsewhere in the document ("paragraphs 15 and 16 of 1970",
 * after "resolutions 1970 (2011)"), unless a preposition makes it a year.
 */
export const dropResolutionNumbers: Refiner<DateValue> = {
  name: 'drop-resolution-numbers',
  refine: (ctx, spans) => {
    const numbers = new Set<string>();
    resolutionNumberPattern.lastIndex = 0;
    for (
      let match = resolutionNumberPattern.exec(ctx.text);
      match !== null;
      match = resolutionNumberPattern.exec(ctx.text)
    ) {
      numbers.add(match[1] ?? match[2] ?? '');
    }
    if (numbers.size === 0) return spans;
    return spans.filter((span) => {
      if (span.value.to !== undefined || span.value.from.month !== undefined || !numbers.has(span.text)) return true;
      return yearPreposition.test(ctx.text.slice(Math.max(0, span.start - 12), span.start));
    });
  },
};

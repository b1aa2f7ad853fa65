import type { ResolutionCitation } from '../../model/extraction.js';
import { spanAt } from '../run.js';
import type { ExtractionContext, Parser, Span } from '../types.js';
import { documentBody, nearestBodyBefore, seriesOfBody } from './bodies.js';
import { type CitedNumber, readCitedNumbers } from './citation-list.js';
import { normaliseKey, resolutionKey } from './keys.js';

/** Words before "resolution" that make it a common noun or a draft, not a citation. */
const notACitationBefore = /\b(?:draft|conflict|conflicts|dispute|disputes|peaceful|crisis|high|low|screen|image)\s+$/i;
/** "General Assembly resolution", "Council's resolutions": the organ right before the keyword. */
const organRightBefore =
  /\b(Human Rights Council|Commission on Human Rights|Economic and Social Council|ECOSOC|General Assembly|Assembly|Security Council)(?:['’]s)?\s+(?:\w+\s+)?$/i;
/** "the 1999 adoption of resolution 1267": the only way a year may precede the number. */
const adoptionYearBefore = /\b((?:19|20)\d\d) adoption of (?:(?:Security Council|General Assembly)\s+)?$/;
/**
 * "on 20 October 2000 (resolution 55/3)", "in June 2011 (General Assembly resolution 65/281)": a dated event with its resolution in brackets; the
 * bracket must hold that one citation (checked after reading the list).
 */
const datedEventBefore =
  /\b(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s+)?((?:19|20)\d\d)\s*\(\s*(?:[A-Z][\w-]*\s+){0,3}$/;
const closingBracket = /\s*\)/y;

const LOOK_BACK = 60;
/**
 * Security Council resolutions below 100 date from 1946–1951 and are almost never cited bare;
 * "chap. I, resolution 1" (a conference resolution) or a table row "resolution 2 2 2" is far likelier.
 */
const SMALLEST_BARE_COUNCIL_NUMBER = 100;

function isImplausibleBareNumber(key: string, year: number | null, organ: string | undefined): boolean {
  const bare = /^S\/RES\/(\d+)$/.exec(key);
  return bare !== null && Number(bare[1]) < SMALLEST_BARE_COUNCIL_NUMBER && year === null && organ === undefined;
}

/** The year of "on 20 October 2000 (resolution 55/3)", when the bracket closes after that one number. */
function bracketedEventYear(text: string, before: string, numbers: readonly CitedNumber[]): string | undefined {
  const last = numbers[numbers.length - 1];
  if (numbers.length !== 1 || last === undefined) return undefined;
  closingBracket.lastIndex = last.end;
  return closingBracket.test(text) ? datedEventBefore.exec(before)?.[1] : undefined;
}

/** The keyword itself, read where the scan found its "lution". */
const keywordAt = /\b(?:[Rr]esolutions?|RESOLUTIONS?)\b/y;
/** Where the scan's anchor, "esolution", sits in the keyword. */
const ANCHOR_OFFSET = 1;

/**
 * "resolution 2396", "resolutions 2178 (2014), 2242 (2015) and 2396 (2017)", "Assembly resolution
 * 72/284", "resolution [72/284](#)": one span per number, with its own year.
 */
export const keywordCitationParser: Parser<ResolutionCitation> = {
  name: 'keyword-citation',
  // The scan looks for the literal "esolution" (in lower or upper case, as the keyword has it), which V8 skips
  // to several times faster than it tries the keyword pattern at every position; extract then reads the
  // keyword around it.
  pattern: () => /esolution|ESOLUTION/g,
  extract(ctx: ExtractionContext, found: RegExpExecArray): Span<ResolutionCitation>[] | null {
    if (found.index < ANCHOR_OFFSET) return null;
    keywordAt.lastIndex = found.index - ANCHOR_OFFSET;
    const match = keywordAt.exec(ctx.text);
    if (match === null) return null;
    const before = ctx.text.slice(Math.max(0, match.index - LOOK_BACK), match.index);
    if (notACitationBefore.test(before)) return null;
    const numbers = readCitedNumbers(ctx.text, match.index + match[0].length);
    if (numbers.length === 0) return null;
    const organ = organRightBefore.exec(before)?.[1];
    const adoptionYear = adoptionYearBefore.exec(before)?.[1] ?? bracketedEventYear(ctx.text, before, numbers);
    const context = {
      immediate: organ ? seriesOfBody(organ) : null,
      nearby: nearestBodyBefore(ctx.text, match.index),
      document: documentBody(ctx.text),
    };
    const citations = numbers.map((cited) => ({
      cited,
      key: normaliseKey(resolutionKey(cited.number, cited.session, context)),
    }));
    // "Resolution 79, 327" (a misheard 79/327): a list that opens with an implausible number is no list.
    const first = citations[0];
    if (first && isImplausibleBareNumber(first.key, first.cited.year, organ)) return null;
    return citations.flatMap(({ cited, key }) => {
      const year = cited.year ?? (adoptionYear ? Number(adoptionYear) : null);
      if (isImplausibleBareNumber(key, cited.year, organ)) return [];
      return [spanAt(ctx, cited.start, cited.end, { key, year, text: ctx.text.slice(cited.start, cited.end) })];
    });
  },
};

/** "S/RES/2178 (2014)", "A/RES/72/284", "A/RES/217 A (III)", "A/HRC/RES/35/34", "E/RES/2019/15", "A/RES/ES-10/19". */
export const symbolCitationParser: Parser<ResolutionCitation> = {
  name: 'symbol-citation',
  pattern: () =>
    /(?<![\w/])(A\/HRC|E\/CN\.4|S|A|E)\/RES\/((?:ES-|S-)?\d{1,4}(?:\/\d{1,4})?)(?![\d/])(?:(?:\s?([A-H]))?\s?\\?\(([IVXL]{1,7})\\?\))?(?:\s*\\?\(\s*((?:19|20)\d\d)\s*\\?\))?/g,
  extract(ctx: ExtractionContext, match: RegExpExecArray): Span<ResolutionCitation> {
    const [, series, number, part, session, year] = match;
    const key = normaliseKey(`${series}/RES/${number}${session ? `${part ?? ''}(${session})` : ''}`);
    const end = match.index + match[0].length;
    return spanAt(ctx, match.index, end, { key, year: year ? Number(year) : null, text: match[0] });
  },
};

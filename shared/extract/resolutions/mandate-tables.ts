import type { ResolutionCitation } from '../../model/extraction.js';
import { compiledOnce, spanAt } from '../run.js';
import type { ExtractionContext, Parser, Span } from '../types.js';
import { type ResolutionSeries, seriesOfBody } from './bodies.js';
import { normaliseKey, resolutionKey } from './keys.js';

/**
 * Budget fascicles and programme plans list their "Legislative mandates" as tables: a heading
 * "General Assembly resolutions" (or "Security Council resolutions and statements by the President")
 * over rows of bare numbers with titles ("46/232 Revitalization of ...", "1325 (2000) 2419 (2018)").
 * The rows never repeat the word "resolution", so the keyword parser sees only the first one.
 */

/**
 * The heading: an organ and "resolution(s)" opening a line; no number on that line (a row names one). The scan
 * looks for the organ's name and only then looks back for the line start (/^[^\S\n]*(organ).../m tried the
 * line-start test at every position). A match starts at the organ, and ends, as before, at the line's end.
 */
const headingPattern =
  /(General Assembly|Security Council|Economic and Social Council|Human Rights Council)(?<=^[^\S\n]*\1)[^\S\n]+resolutions?\b[^\d\n]*$/gm;

/**
 * One cited number in a row: "46/232", "ES-10/20", "2023/31", "1325 (2000)", "1514 (XV)".
 * Not part of a symbol ("S/PRST/2020/1"), a range ("2018–2019") or a longer number.
 */
const rowNumber =
  /(?<![\w/.\-–])(?:((?:ES-\d{1,2}\/|\d{1,4}\/)\d{1,4})(?![\w/]|[.,]\d)|(\d{1,4})[^\S\n]\((?:((?:19|20)\d\d)|([IVXL]{1,7}))\))/g;

/** A row opens with a cited number. */
const rowStart = /^[^\S\n]*(?:ES-\d{1,2}\/\d|\d{1,4}\/\d|\d{1,4}[^\S\n]\((?:(?:19|20)\d\d|[IVXL]{1,7})\))/;

/** Lines that close the table: the next heading, a numbered paragraph, a subprogramme. */
const tableEnd =
  /^[^\S\n]*(?:(?:Subprogramme|Component|Programme|Section|Part|Chapter|Annex|Charter|Notes?|Decisions?|Provisional|Legislative|Deliverables|Table|Figure|Other|Articles?|General Assembly|Security Council|Economic and Social Council|Human Rights Council)\b|\d+(?:\.[A-Z0-9]+)*\.[^\S\n]+[A-Z(])/;

/** Titles in a table never end a sentence; prose that does means the text left the table. */
const sentenceEnd = /[a-z)]\.(?:[^\S\n]+[A-Z]|[^\S\n]*$)/;

/** "Decision 79/581" in a "resolutions and decisions" table is a decision, not a resolution. */
const decisionBefore = /\bdecisions?[^\S\n]*$/i;

/** Titles wrap over a few lines; this many lines without a number means the table is over. */
const MAX_LINES_WITHOUT_NUMBER = 8;
/** A heading continued over this many lines ("... created\nby the Council ..., including:") at most. */
const MAX_HEADING_LINES = 3;
const MAX_TABLE_LINES = 400;
/** Real tables list a few hundred resolutions; the cap bounds the work on adversarial input. */
const MAX_TABLE_CITATIONS = 2000;

interface Line {
  readonly start: number;
  readonly text: string;
}

/** The lines after `from`, lazily: a table is read only as far as it goes. */
function* linesFrom(text: string, from: number): Generator<Line> {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    yield { start, text: text.slice(start, end) };
    start = end + 1;
  }
}

function rowCitations(ctx: ExtractionContext, line: Line, series: ResolutionSeries): Span<ResolutionCitation>[] {
  const spans: Span<ResolutionCitation>[] = [];
  const context = { immediate: series, nearby: series, document: series };
  for (const match of line.text.matchAll(rowNumber)) {
    if (decisionBefore.test(line.text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const [, sessionNumber, bare, year, roman] = match;
    const number = sessionNumber ?? bare ?? '';
    const key = normaliseKey(resolutionKey(number, roman ?? null, context));
    const start = line.start + match.index;
    const end = start + match[0].length;
    spans.push(spanAt(ctx, start, end, { key, year: year ? Number(year) : null, text: match[0] }));
    if (spans.length >= MAX_TABLE_CITATIONS) break;
  }
  return spans;
}

/**
 * Every resolution number in a mandates table, with the series of the organ in its heading.
 *
 * @example
 * const text = 'General Assembly resolutions\n46/232 Revitalization 79/1 The Pact for the Future\n';
 * // mandateTableParser gives A/RES/46/232 and A/RES/79/1
 */
export const mandateTableParser: Parser<ResolutionCitation> = {
  name: 'mandate-table',
  pattern: compiledOnce(() => new RegExp(headingPattern.source, headingPattern.flags)),
  extract(ctx: ExtractionContext, match: RegExpExecArray): Span<ResolutionCitation>[] | null {
    const series = seriesOfBody(match[1] ?? '');
    if (series === null) return null;
    const spans: Span<ResolutionCitation>[] = [];
    let seenRow = false;
    let headingLines = 1;
    let quietLines = 0;
    let count = 0;
    for (const line of linesFrom(ctx.text, match.index + match[0].length + 1)) {
      if (++count > MAX_TABLE_LINES) break;
      if (line.text.trim() === '') continue;
      if (!seenRow) {
        if (!rowStart.test(line.text)) {
          if (++headingLines > MAX_HEADING_LINES) return null;
          continue;
        }
        seenRow = true;
      } else if (tableEnd.test(line.text)) break;
      if (sentenceEnd.test(line.text)) break;
      const found = rowCitations(ctx, line, series);
      quietLines = found.length === 0 ? quietLines + 1 : 0;
      if (quietLines >= MAX_LINES_WITHOUT_NUMBER) break;
      for (const span of found.slice(0, MAX_TABLE_CITATIONS - spans.length)) spans.push(span);
      if (spans.length >= MAX_TABLE_CITATIONS) break;
    }
    return spans.length === 0 ? null : spans;
  },
};

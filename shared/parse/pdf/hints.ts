import type { DocumentHints } from '../../extract/document/index.js';
import { isoDate } from '../iso-date.js';
import type { TextLine } from './layout-types.js';

/** A UN document symbol as printed in a masthead: "S/2025/72", "S/RES/2769 (2025)", "A/81/6 (Sect. 3)/Part A*". */
const SYMBOL = /^([A-Z]{1,6}(?:\/[A-Za-z0-9.-]+)+(?: ?\((?:\d{4}|Sect\. ?\d+)\))?(?:\/(?:Part )?[A-Za-z0-9.-]+)*)\**$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** A masthead date line: "31 January 2025", "Wednesday, 16 April 2025, 10 a.m." */
const DATE_LINE = /^(?:[A-Z][a-z]+day,\s)?(\d{1,2})\s([A-Z][a-z]+)\s(\d{4})(?:,\s[\d.:]+\s?[ap]\.m\.)?$/;
/** Masthead lines of UN documents, after which the title is printed. */
const MASTHEAD_END = /^(?:Distr\.|Original:|Official Records\b)/;
/** Rows of page 1 searched for the masthead and the title. */
const HEAD_ROWS = 24;
/** A title is printed this much larger than the body text. */
const TITLE_SIZE = 1.15;

/**
 * What a PDF declares about itself, from its first page's masthead and its metadata: the UN
 * symbol printed top right, the date under "Distr." (or a verbatim record's meeting date), and
 * the title printed large under the masthead.
 *
 * @example
 * pdfHints(firstPageRows, { Subject: 'A/79/PV.64' }); // { symbol: 'A/79/PV.64', date: '2025-04-16' }
 */
export function pdfHints(
  rows: readonly (readonly TextLine[])[],
  info: Readonly<Record<string, unknown>>,
): DocumentHints {
  const head = rows.slice(0, HEAD_ROWS);
  const symbol = findSymbol(head.slice(0, 4)) ?? symbolFrom(info.Subject) ?? symbolFrom(info.Title);
  const date = findDate(head.slice(0, 8));
  const title = findTitle(rows, head) ?? metadataTitle(info.Title, symbol);
  return { ...(symbol ? { symbol } : {}), ...(date ? { date } : {}), ...(title ? { title } : {}) };
}

function findSymbol(rows: readonly (readonly TextLine[])[]): string | undefined {
  for (const row of rows) {
    for (const segment of row) {
      const symbol = symbolFrom(segment.text);
      if (symbol) return symbol;
    }
  }
  return undefined;
}

function symbolFrom(value: unknown): string | undefined {
  return typeof value === 'string' ? SYMBOL.exec(value.trim())?.[1] : undefined;
}

function findDate(rows: readonly (readonly TextLine[])[]): string | undefined {
  for (const row of rows) {
    for (const segment of row) {
      const match = DATE_LINE.exec(segment.text.trim());
      const month = match ? MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1 : 0;
      if (match && month > 0) return isoDate(`${match[3]}-${month}-${match[1]}`);
    }
  }
  return undefined;
}

function findTitle(rows: readonly (readonly TextLine[])[], head: readonly (readonly TextLine[])[]): string | undefined {
  const mastheadEnd = lastIndex(head, (row) => row.some((segment) => MASTHEAD_END.test(segment.text)));
  if (mastheadEnd < 0) return undefined;
  // The masthead's "Distr." line is set in body size; tables can make smaller print the commonest.
  const mastheadSize = (head[mastheadEnd] ?? []).find((segment) => MASTHEAD_END.test(segment.text))?.size ?? 0;
  const bodySize = Math.max(commonSize(rows.flat()), mastheadSize);
  const candidates = head
    .slice(mastheadEnd + 1)
    .filter((row) => row.length === 1)
    .map((row) => row[0] as TextLine);
  // A resolution prints "Resolution adopted by …" large, then "78/323. Its title".
  const numbered = candidates.find((line) => /^\d+\/\d+\.\s+\S/.test(line.text));
  if (numbered) return numbered.text.replace(/^\d+\/\d+\.\s+/, '');
  const start = candidates.findIndex((line) => line.size >= TITLE_SIZE * bodySize);
  const first = candidates[start];
  if (!first) return undefined;
  const block = [first.text];
  for (let i = start + 1; i < candidates.length; i++) {
    const line = candidates[i];
    const previous = candidates[i - 1];
    if (!line || !previous || Math.abs(line.size - first.size) > 0.5 || previous.y - line.y > 2 * line.size) break;
    block.push(line.text);
  }
  const title = block.join(' ').replace(/\s+/g, ' ').trim();
  return title.length >= 8 && title.length <= 400 ? title : undefined;
}

/** The Title entry, when it is a title and not a file name, a symbol or an authoring tool's default. */
function metadataTitle(value: unknown, symbol: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  if (title.split(' ').length < 3 || title.length > 300 || title === symbol) return undefined;
  if (/^(?:microsoft\s|untitled)|\.(?:docx?|pdf|indd|rtf)$/i.test(title)) return undefined;
  // A meeting record's Title repeats its masthead ("General Assembly Seventy-ninth session …").
  return symbol ? undefined : title;
}

function commonSize(lines: readonly TextLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [size, total] of weight) {
    if (total > bestWeight) [best, bestWeight] = [size, total];
  }
  return best;
}

function lastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T)) return i;
  return -1;
}

import { isChromeLine, isTooShortForTitle } from './chrome.js';
import { readFrontMatter } from './front-matter.js';
import { headLines, type TextLine } from './lines.js';

/** Titles sit in the first lines; past these, a line is body text. */
const HEAD_LINE_LIMIT = 40;
const GENERIC_TITLE_LIMIT = 8;
const MAX_TITLE_CHARS = 500;
/** A headline broken over short lines ("United Nations / Leadership Forum / on Climate Change"). */
const MAX_HEADLINE_PIECES = 5;
const MAX_TITLE_LINES = 6;

/** The line a UN report's title block ends on: "Report of the Secretary-General", "Note by ...". */
const reportLabel = /^(?:(?:\w+ )?report|note|letter|memorandum) (?:of|by) the [\w\s-]+$/i;
/** Where the body of a UN document begins. */
const bodyStart =
  /^(?:I\.\s|1\.\s|Summary$|Introduction$|I have the honour|The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council),$|Contents$|\[)/;
/** "78/323. International Day of …": a resolution's number and title. */
const numberedResolutionTitle = /^\d{1,3}\/\d{1,4}\.\s+(.{4,})$/;
/** "Resolution 2769 (2025)": a Security Council resolution's heading. */
const councilResolutionHeading = /^Resolution \d{1,4} \(\d{4}\)$/;
/** A dateline or a body sentence: never a title. */
const bodySentence =
  /\((?:[A-Z][\w.]*)\)\s*(?:—|–|--|-)|[.!?]["”’)]?\s*$|[a-z][.!?]["”’)]?\s+["“A-Z]|^\S+,? .{0,40}\d{4} (?:—|–|-) /;

function isMasthead(lines: readonly TextLine[]): boolean {
  return lines.slice(0, 15).some((line) => /\bDistr\.?:|^Agenda item \d/.test(line.text));
}

/** A verbatim record prints no title of its own, only its meeting number. */
const verbatimRecord = /^\s*The meeting was called to order at\b/m;

function resolutionTitle(lines: readonly TextLine[]): string | null {
  for (const line of lines) {
    const numbered = numberedResolutionTitle.exec(line.text);
    if (numbered?.[1]) return numbered[1];
    if (councilResolutionHeading.test(line.text)) return line.text;
  }
  return null;
}

/**
 * The title block of a UN document with a masthead: the lines between the masthead and the body,
 * without the "Report of the Secretary-General" label and without the agenda item's own title.
 */
function mastheadTitle(lines: readonly TextLine[]): string | null {
  let lastChrome = -1;
  let agendaBlock: number | null = null;
  let end = lines.length;
  for (const [index, line] of lines.entries()) {
    if (bodyStart.test(line.text)) {
      end = index;
      break;
    }
    if (isChromeLine(line.text)) {
      lastChrome = index;
      agendaBlock = /^(?:agenda )?items? \d+/i.test(line.text) ? line.block : agendaBlock;
    }
  }
  let region = lines
    .slice(lastChrome + 1, end)
    .filter((line) => !(reportLabel.test(line.text) && !/ on /.test(line.text)));
  const blocks = new Set(region.map((line) => line.block));
  if (agendaBlock !== null && blocks.size > 1) {
    const firstBlock = region[0]?.block;
    region = region.filter((line) => line.block !== firstBlock);
  }
  if (region.length === 0 || region.length > MAX_TITLE_LINES) return null;
  const title = region.map((line) => line.text).join(' ');
  return title.length <= MAX_TITLE_CHARS ? title : null;
}

function tidyHeadline(line: string): string {
  return line.replace(/^#+\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1');
}

/**
 * A headline: the first line that is neither page chrome nor body text, or a run of short lines
 * of one block that together make a headline.
 */
function headlineTitle(lines: readonly TextLine[]): string | null {
  let pieces: TextLine[] = [];
  const joinedPieces = (): string | null => {
    const joined = pieces.map((piece) => piece.text).join(' ');
    pieces = [];
    return isTooShortForTitle(joined) ? null : tidyHeadline(joined);
  };
  for (const line of lines.slice(0, GENERIC_TITLE_LIMIT)) {
    const last = pieces.at(-1);
    if (last && (line.block !== last.block || isChromeLine(line.text) || !isTooShortForTitle(line.text))) {
      const joined = joinedPieces();
      if (joined) return joined;
    }
    if (isChromeLine(line.text)) continue;
    if (isTooShortForTitle(line.text)) {
      if (pieces.length < MAX_HEADLINE_PIECES) pieces.push(line);
      continue;
    }
    if (line.text.length > MAX_TITLE_CHARS || bodySentence.test(line.text)) return null;
    return tidyHeadline(line.text);
  }
  return pieces.length > 1 ? joinedPieces() : null;
}

/**
 * The document's own title as printed (GUIDELINES "title"), or null when it prints none.
 *
 * @example
 * findTitle('Press Release\n\nCentral Asian Experience with Returnees\n\nNew York, 25 September 2020 – ...');
 * // 'Central Asian Experience with Returnees'
 */
export function findTitle(text: string): string | null {
  const fromFrontMatter = readFrontMatter(text).title;
  if (fromFrontMatter) return fromFrontMatter;
  const body = text.replace(/^\uFEFF?---\n[\s\S]*?\n---\n/, '');
  if (verbatimRecord.test(body.slice(0, 3000))) return null;
  const lines = headLines(body, HEAD_LINE_LIMIT);
  return resolutionTitle(lines) ?? (isMasthead(lines) ? mastheadTitle(lines) : headlineTitle(lines));
}

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
/** "Part II", "Section 3", "Programme 2": the outline a budget fascicle prints under its title. */
const structuralHeading =
  /^(?:part|section|programme|chapter|volume|fascicle|subprogramme)\s+(?:[IVXLC]{1,6}|\d{1,3}[A-Z]?)$/i;
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

/** A verbatim record prints no title of its own: its meeting line ("64th plenary meeting") stands for one. */
const verbatimRecord = /^[^\S\n]*The meeting was called to order at\b/m;
const meetingLine = /^\d+(?:st|nd|rd|th) (?:plenary )?meeting$/i;

function meetingTitle(lines: readonly TextLine[]): string | null {
  return lines.find((line) => meetingLine.test(line.text))?.text ?? null;
}

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
  // Part, section and programme headings after the title ("Part II", "Section 3") are not part of it.
  const structural = region.findIndex((line, index) => index > 0 && structuralHeading.test(line.text));
  if (structural > 0) region = region.slice(0, structural);
  if (region.length === 0 || region.length > MAX_TITLE_LINES) return null;
  const title = region.map((line) => line.text).join(' ');
  return title.length <= MAX_TITLE_CHARS ? title : null;
}

/** Words from which a block of hard-wrapped lines is running text, not a headline broken over lines. */
const PARAGRAPH_WORDS = 30;

/** The line opens a hard-wrapped paragraph: its block runs on for many words and ends a sentence. */
function opensParagraph(lines: readonly TextLine[], line: TextLine): boolean {
  const block = lines.filter((other) => other.block === line.block);
  if (block.length < 2 || block[0] !== line) return false;
  const joined = block.map((other) => other.text).join(' ');
  return joined.split(' ').length >= PARAGRAPH_WORDS && /[.!?]["”’)]?$/.test(joined);
}

function startsLowerCase(line: string): boolean {
  return /^[a-z]/.test(line);
}

/** A short capitalised name line that page chrome rules would drop ("United Nations"). */
function isContinuableName(line: string): boolean {
  return /^[A-Z][\w’'-]*(?: [\w’'-]+){0,3}$/.test(line) && !/\d/.test(line);
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
  let previous: TextLine | undefined;
  let prefix = '';
  const joinedPieces = (): string | null => {
    const joined = prefix + pieces.map((piece) => piece.text).join(' ');
    pieces = [];
    prefix = '';
    return isTooShortForTitle(joined) ? null : tidyHeadline(joined);
  };
  for (const line of lines.slice(0, GENERIC_TITLE_LIMIT)) {
    const before = previous;
    previous = line;
    const last = pieces.at(-1);
    if (last && (line.block !== last.block || isChromeLine(line.text) || !isTooShortForTitle(line.text))) {
      const joined = joinedPieces();
      if (joined) return joined;
    }
    if (isChromeLine(line.text)) continue;
    // A headline never opens in lower case: a designed cover broke it after a name ("United Nations / leadership forum").
    if (pieces.length === 0 && before && startsLowerCase(line.text) && isContinuableName(before.text))
      prefix = `${before.text} `;
    if (isTooShortForTitle(line.text)) {
      if (pieces.length < MAX_HEADLINE_PIECES) pieces.push(line);
      continue;
    }
    if (line.text.length > MAX_TITLE_CHARS || bodySentence.test(line.text) || opensParagraph(lines, line)) return null;
    return tidyHeadline(prefix + line.text);
  }
  return pieces.length > 1 || prefix ? joinedPieces() : null;
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
  const lines = headLines(body, HEAD_LINE_LIMIT);
  if (verbatimRecord.test(body.slice(0, 3000))) return meetingTitle(lines);
  return resolutionTitle(lines) ?? (isMasthead(lines) ? mastheadTitle(lines) : headlineTitle(lines));
}

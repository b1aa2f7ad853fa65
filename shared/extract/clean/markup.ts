import { isSpaceOrTabCode } from '../char-codes.js';
import { type Edit, editsAtAnchors, editsFromPattern, forEachMatchAt } from './edits.js';

/**
 * HTML and Markdown leftovers in scraped text: tags, entities, links, emphasis, escapes.
 * Markers are deleted separately from the text they wrap, so the wrapped text keeps exact offsets.
 */

/** Tags that end a block of text: they become a line break so paragraphs stay apart. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
/** Cell tags: a space keeps neighbouring cells from gluing together. */
const CELL_TAGS = new Set(['td', 'th']);
/** Inline tags: removed without a trace. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'em',
  'font',
  'html',
  'body',
  'head',
  'i',
  'img',
  'link',
  'meta',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'title',
  'u',
  'mark',
  'time',
  'q',
  's',
  'del',
  'ins',
  'label',
  'form',
  'input',
  'button',
  'source',
  'picture',
  'svg',
  'path',
  'iframe',
  'noscript',
]);

/** A small table of named entities common in scraped English pages (HTML 5 names). */
// A Map, not an object: a plain object would answer for 'constructor' and the other Object.prototype names.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ensp: ' ',
    emsp: ' ',
    thinsp: ' ',
    ndash: '–',
    mdash: '—',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    sbquo: '‚',
    bdquo: '„',
    hellip: '…',
    middot: '·',
    bull: '•',
    deg: '°',
    copy: '©',
    reg: '®',
    trade: '™',
    euro: '€',
    pound: '£',
    yen: '¥',
    cent: '¢',
    sect: '§',
    para: '¶',
    times: '×',
    divide: '÷',
    shy: '\u00ad',
    laquo: '«',
    raquo: '»',
    eacute: 'é',
    egrave: 'è',
    ecirc: 'ê',
    euml: 'ë',
    aacute: 'á',
    agrave: 'à',
    acirc: 'â',
    auml: 'ä',
    atilde: 'ã',
    aring: 'å',
    ccedil: 'ç',
    iacute: 'í',
    igrave: 'ì',
    icirc: 'î',
    iuml: 'ï',
    ntilde: 'ñ',
    oacute: 'ó',
    ograve: 'ò',
    ocirc: 'ô',
    ouml: 'ö',
    otilde: 'õ',
    oslash: 'ø',
    uacute: 'ú',
    ugrave: 'ù',
    ucirc: 'û',
    uuml: 'ü',
    yacute: 'ý',
    szlig: 'ß',
    Eacute: 'É',
    Aacute: 'Á',
    Oacute: 'Ó',
    Uacute: 'Ú',
    Ntilde: 'Ñ',
    Ccedil: 'Ç',
    Ouml: 'Ö',
    Uuml: 'Ü',
    Auml: 'Ä',
  }),
);

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return codePoint(Number.parseInt(name.slice(1), 10));
  return NAMED_ENTITIES.get(name) ?? null;
}

function codePoint(value: number): string | null {
  return Number.isFinite(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : null;
}

/** Whether some `anchor` in `text` starts a match of the sticky `pattern`. */
function matchesAt(text: string, anchor: string, pattern: RegExp): boolean {
  for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + 1)) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return true;
  }
  return false;
}

// Sticky patterns, tried only where their first character stands (see forEachMatchAt).
const TAG_START = /<\/?[a-zA-Z]/y;
const ENTITY_LIKE = /&#?\w+;/y;
const COMMENT = /<!--[\s\S]*?-->/y;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/iy;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;

/** Proposes the edits that turn HTML into plain text. */
export function htmlEdits(text: string): Edit[] {
  if (!matchesAt(text, '<', TAG_START) && !matchesAt(text, '&', ENTITY_LIKE)) return [];
  const edits: Edit[] = [
    ...editsAtAnchors(text, '<', COMMENT, () => ''),
    ...editsAtAnchors(text, '<', SCRIPT_OR_STYLE, () => ''),
    ...editsAtAnchors(text, '<', TAG, (match) => {
      const tag = (match[1] ?? '').toLowerCase();
      if (BLOCK_TAGS.has(tag)) return '\n';
      if (CELL_TAGS.has(tag)) return ' ';
      return INLINE_TAGS.has(tag) ? '' : null;
    }),
    ...editsAtAnchors(text, '&', ENTITY, (match) => decodeEntity(match[1] ?? '')),
  ];
  return edits;
}

/** Deletes the two markers around a wrapped text, leaving the text itself untouched. */
function unwrap(edits: Edit[], open: [number, number], close: [number, number]): void {
  edits.push({ start: open[0], end: open[1], replacement: '' }, { start: close[0], end: close[1], replacement: '' });
}

/** Proposes the edits that turn Markdown into plain text: `[72/284](#)` → `72/284`, `**x**` → `x`, `\(` → `(`. */
const LINK = /(!?)\[([^[\]\n]{1,500})\]\(([^()\s]{0,2000})\)/y;
const ESCAPE = /\\[()[\]*_#.\-!`>+{}|]/y;
const STRONG = /(\*\*|__)(?=\S)([^\n]{1,500}?\S)\1/y;
const EMPHASIS = /(?<![\w*\\])([*_])(?![\s*_])([^*_\n]{1,500}?)(?<![\s\\])\1(?![\w*])/y;

export function markdownEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  forEachMatchAt(text, '![', LINK, (match) => {
    const start = match.index;
    const labelStart = start + (match[1] ?? '').length + 1;
    const labelEnd = labelStart + (match[2] ?? '').length;
    unwrap(edits, [start, labelStart], [labelEnd, start + match[0].length]);
  });
  forEachMatchAt(text, '\\', ESCAPE, (match) => {
    edits.push({ start: match.index, end: match.index + 1, replacement: '' });
  });
  forEachMatchAt(text, '*_', STRONG, (match) => {
    const inner = (match[2] ?? '').length;
    unwrap(edits, [match.index, match.index + 2], [match.index + 2 + inner, match.index + 4 + inner]);
  });
  forEachMatchAt(text, '*_', EMPHASIS, (match) => {
    const inner = (match[2] ?? '').length;
    unwrap(edits, [match.index, match.index + 1], [match.index + 1 + inner, match.index + 2 + inner]);
  });
  for (const edit of headingMarks(text)) edits.push(edit);
  return edits;
}

const HEADING_MARK = /[ \t]{0,3}#{1,6}[ \t]+/y;

/**
 * `## Title` → `Title`. Tried only at the starts of lines with a `#` among their first four characters (a
 * multiline `^` regex would test every position).
 */
function headingMarks(text: string): Edit[] {
  if (!text.includes('#')) return [];
  // `^` also starts a line after a carriage return or a Unicode line separator: leave those texts to the regex.
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029'))
    return editsFromPattern(text, /^[ \t]{0,3}#{1,6}[ \t]+/gm, () => '');
  const edits: Edit[] = [];
  for (let hash = text.indexOf('#'); hash !== -1; ) {
    // The mark can only open its line after at most three spaces or tabs: later `#`s on the line cannot start one.
    let start = hash;
    while (start > 0 && hash - start < 3 && isSpaceOrTabCode(text.charCodeAt(start - 1))) start--;
    if (start === 0 || text.charCodeAt(start - 1) === 10) {
      HEADING_MARK.lastIndex = start;
      const match = HEADING_MARK.exec(text);
      if (match !== null) edits.push({ start, end: start + match[0].length, replacement: '' });
    }
    const newline = text.indexOf('\n', hash);
    hash = newline === -1 ? -1 : text.indexOf('#', newline + 1);
  }
  return edits;
}

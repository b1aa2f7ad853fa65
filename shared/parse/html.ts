import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentHints } from '../extract/document/index.js';
import { decodeText } from './decode.js';
import { flattenDeepNesting } from './html-nesting.js';
import { isoDate } from './iso-date.js';

/** The parts of linkedom's DOM read here (the project compiles without the DOM library). */
interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly tagName?: string;
}
interface DomDocument {
  readonly body: DomNode | null;
  readonly documentElement: DomNode | null;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

export interface HtmlText {
  readonly text: string;
  readonly hints: DocumentHints;
}

/** Readability's article must hold at least this share of the page's text, or the page is read whole (tables, fragments). */
const MIN_ARTICLE_SHARE = 0.3;

/**
 * The main content of a web page or HTML fragment as text, with title and publication date
 * from its meta tags. Table rows stay rows, with cells separated by tabs.
 *
 * @example
 * readHtml(new TextEncoder().encode('<meta property="og:title" content="SC meets"><p>Text</p>')).hints.title; // 'SC meets'
 */
export function readHtml(bytes: Uint8Array): HtmlText {
  // A UTF-8 BOM decoded as Windows-1252 and saved again as UTF-8 ("ï»¿") is debris, not text.
  const html = flattenDeepNesting(decodeText(bytes).replace(/^(?:\u00ef\u00bb\u00bf)+/, ''));
  const document = parseDocument(wrapFragment(html));
  const hints = metadata(document);
  // Read the whole page first: Readability rewrites the document it is given.
  const pageText = blockText(document.body ?? document.documentElement);
  const article = readArticle(document);
  const text = article && article.length >= MIN_ARTICLE_SHARE * pageText.length ? article : pageText;
  return { text, hints };
}

/** linkedom needs a document element: a fragment (a table, some paragraphs) goes into a body. */
function wrapFragment(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function readArticle(document: DomDocument): string | null {
  try {
    const article = new Readability(document as never, { charThreshold: 200 }).parse();
    if (!article?.content) return null;
    return blockText(parseDocument(`<!DOCTYPE html><html><body>${article.content}</body></html>`).body);
  } catch {
    // Readability gives up on odd markup; the whole page's text is still there.
    return null;
  }
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
]);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'UL',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
]);
const PARAGRAPHS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TABLE',
  'UL',
  'OL',
  'PRE',
  'FIGURE',
]);

/**
 * An element's text with block structure: paragraphs and headings apart, list items and table
 * rows on lines of their own, table cells separated by tabs. Iterative: the tree may be deep.
 */
export function blockText(root: DomNode | null | undefined): string {
  if (!root) return '';
  const parts: string[] = [];
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const { node, leaving } = entry;
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.tagName?.toUpperCase() ?? '';
    if (SKIPPED.has(name)) continue;
    if (leaving) {
      parts.push(closing(name));
      continue;
    }
    parts.push(opening(name));
    stack.push({ node, leaving: true });
    const children: DomNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  return tidy(parts.join(''));
}

function opening(name: string): string {
  if (name === 'BR') return '\n';
  if (name === 'TD' || name === 'TH') return '\t';
  if (PARAGRAPHS.has(name)) return '\n\n';
  return BLOCKS.has(name) ? '\n' : '';
}

function closing(name: string): string {
  if (PARAGRAPHS.has(name)) return '\n\n';
  return BLOCKS.has(name) || name === 'TR' ? '\n' : '';
}

/** Trims each line (a row's leading tab included), keeps at most one blank line. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]*\t[ \t]*/g, '\t')
        .replace(/ {2,}/g, ' ')
        .replace(/^[\t ]+|[\t ]+$/g, ''),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function metadata(document: DomDocument): DocumentHints {
  const meta = (selectors: string[]) => {
    for (const selector of selectors) {
      const value = document.querySelector(selector)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const title =
    meta([
      'meta[property="og:title"]',
      'meta[name="twitter:title"]',
      'meta[name="title"]',
      'meta[name="dc.title" i]',
    ]) ??
    (document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || undefined);
  const published =
    meta([
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="dc.date" i]',
      'meta[name="dcterms.date" i]',
      'meta[name="citation_publication_date"]',
    ]) ?? document.querySelector('time[datetime]')?.getAttribute('datetime');
  const date = published ? isoDate(published) : undefined;
  return { ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

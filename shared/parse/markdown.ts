import { load as loadYaml } from 'js-yaml';
import type { DocumentHints } from '../extract/document/index.js';
import { isoDate } from './iso-date.js';

export interface MarkdownText {
  readonly text: string;
  readonly hints: DocumentHints;
  /** Front-matter `tags` (e.g. "speeches-remarks"), a clue to the document's kind. */
  readonly tags?: string | undefined;
}

/** Front matter longer than this is not front matter. */
const MAX_FRONT_MATTER = 64 * 1024;

/**
 * Markdown as plain text: YAML front matter becomes hints (title, date); headings, emphasis,
 * links, images, code fences and table rules lose their markup; list items stay lines.
 *
 * @example
 * readMarkdown('---\ntitle: Remarks\ndate: 2022-11-10\n---\n# Remarks\n\nThe **Council** met.');
 * // { text: 'Remarks\n\nThe Council met.', hints: { title: 'Remarks', date: '2022-11-10' } }
 */
export function readMarkdown(source: string): MarkdownText {
  const { data, body } = splitFrontMatter(source);
  const title = typeof data.title === 'string' ? data.title.replace(/\s+/g, ' ').trim() : undefined;
  const date = isoDate(data.date) ?? isoDate(data.published_time) ?? isoDate(data.published);
  const tags = Array.isArray(data.tags) ? data.tags.join(', ') : typeof data.tags === 'string' ? data.tags : undefined;
  return {
    text: stripMarkup(body),
    hints: { ...(title ? { title } : {}), ...(date ? { date } : {}) },
    ...(tags ? { tags } : {}),
  };
}

function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const opening = /^\uFEFF?---[^\S\n]*\n/.exec(source);
  if (!opening) return { data: {}, body: source };
  const closing = /^(?:---|\.\.\.)[^\S\n]*$/m;
  const rest = source.slice(opening[0].length, opening[0].length + MAX_FRONT_MATTER);
  const end = closing.exec(rest);
  if (!end) return { data: {}, body: source };
  const body = source.slice(opening[0].length + end.index + end[0].length).replace(/^\n/, '');
  try {
    // YAML 1.2 core schema (js-yaml's default): dates stay strings. Aliases are capped against alias bombs.
    const data: unknown = loadYaml(rest.slice(0, end.index), { maxAliases: 50 });
    return {
      data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
      body,
    };
  } catch {
    // Broken YAML is still not document text.
    return { data: {}, body };
  }
}

/** Removes Markdown markup line by line, in linear time. */
export function stripMarkup(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/\u00a0/g, ' ');
    if (/^\s*(?:```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (/^\s{0,3}\[[^\]\n]{1,200}\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(line) || /^\s{0,3}=+\s*$/.test(line)) continue; // rules, setext underlines
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table alignment row
    out.push(inline(blockMarkers(line)));
  }
  return out
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blockMarkers(line: string): string {
  let text = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
  text = text.replace(/^\s{0,3}(?:>\s?)+/, '');
  text = text.replace(/^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?/, '$1');
  if (/^\s*\|.*\|\s*$/.test(text))
    text = text
      .trim()
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim())
      .join('\t');
  return text;
}

function inline(text: string): string {
  return (
    text
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '') // images
      .replace(/!\[[^\]\n]*\]\[[^\]\n]*\]/g, '')
      .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1') // inline links
      .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1') // reference links
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolinks
      .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g, '') // inline HTML tags
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/~~(?=\S)([^~\n]*?\S)~~/g, '$1')
      // Backslash escapes; "\_" stands for a no-break space in some converters' output.
      .replace(/\\_/g, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
  );
}

/**
 * Reads `title` (and `tags`) from a YAML front matter block ("---" … "---") at the top of a
 * Markdown file. Only the scalar forms such files use: plain, single- or double-quoted, folded
 * over several lines.
 */
export interface FrontMatter {
  readonly title: string | null;
  readonly tags: string | null;
}

const MAX_FRONT_MATTER = 5000;

function decodeDoubleQuoted(raw: string): string {
  return raw
    .replace(/\\\r?\n\s*/g, '')
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\[_ ]/g, ' ')
    .replace(/\\(["\\/])/g, '$1');
}

function readScalar(block: string, key: string): string | null {
  const start = new RegExp(`^${key}:[^\\S\\n]*`, 'm').exec(block);
  if (!start) return null;
  const rest = block.slice(start.index + start[0].length);
  const quote = rest.charAt(0);
  if (quote === '"' || quote === "'") {
    const close = quote === '"' ? /(?<!\\)"/g : /'(?!')/g;
    close.lastIndex = 1;
    const end = close.exec(rest);
    if (!end) return null;
    const body = rest.slice(1, end.index);
    return quote === '"' ? decodeDoubleQuoted(body) : body.replace(/''/g, "'").replace(/\s*\n\s*/g, ' ');
  }
  const lines = [rest.split('\n', 1)[0] ?? ''];
  for (const line of rest.split('\n').slice(1)) {
    if (!/^\s+\S/.test(line)) break;
    lines.push(line.trim());
  }
  return lines.join(' ').trim() || null;
}

/**
 * @example
 * readFrontMatter('---\ntitle: "Remarks by the President"\n---\nText').title; // 'Remarks by the President'
 */
export function readFrontMatter(text: string): FrontMatter {
  const match = /^\uFEFF?---[^\S\n]*\n/.exec(text);
  if (!match) return { title: null, tags: null };
  const end = text.indexOf('\n---', match[0].length);
  if (end < 0 || end > MAX_FRONT_MATTER) return { title: null, tags: null };
  const block = text.slice(match[0].length, end);
  // Escaped no-break spaces ("\\_") reach us as bare underscores once markup is cleaned.
  const clean = (value: string | null) =>
    value === null
      ? null
      : value
          .replace(/(?<=\p{L})_(?=\p{L})/gu, ' ')
          .replace(/\s+/g, ' ')
          .trim() || null;
  return { title: clean(readScalar(block, 'title')), tags: clean(readScalar(block, 'tags')) };
}

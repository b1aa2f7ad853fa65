/** Deepest element nesting kept; deeper tags are dropped and their text kept (see flattenDeepNesting). */
export const MAX_HTML_DEPTH = 256;

/** Elements whose end tag is optional: parsers close them implicitly, so they never nest deeply. */
const IMPLICITLY_CLOSED = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'option',
  'colgroup',
  'caption',
  'rt',
  'rp',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/**
 * Removes the tags nested deeper than `maxDepth`, keeping their text, in one linear pass. DOM
 * parsers and readability walk the tree recursively or in quadratic time: 100,000 nested
 * elements take seconds to parse and overflow the stack. Real pages nest a few dozen deep.
 *
 * @example
 * flattenDeepNesting('<div><div><div>x</div></div></div>', 2); // '<div><div>x</div></div>'
 */
export function flattenDeepNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>/g;
  const stack: { name: string; kept: boolean }[] = [];
  let keptDepth = 0;
  let out = '';
  let copied = 0;
  let changed = false;
  const drop = (start: number, end: number) => {
    out += html.slice(copied, start);
    copied = end;
    changed = true;
  };
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [whole, slash, rawName] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (RAW_TEXT.has(name) && !slash) {
      // Skip the element's raw text, where "<div>" is not a tag.
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (VOID.has(name) || IMPLICITLY_CLOSED.has(name) || whole.endsWith('/>')) continue;
    if (!slash) {
      const kept = keptDepth < maxDepth;
      stack.push({ name, kept });
      if (kept) keptDepth++;
      else drop(match.index, tag.lastIndex);
      continue;
    }
    const openIndex = findOpen(stack, name);
    if (openIndex < 0) continue;
    const [entry] = stack.splice(openIndex, 1);
    if (entry?.kept) keptDepth--;
    else drop(match.index, tag.lastIndex);
  }
  return changed ? out + html.slice(copied) : html;
}

/** Most open elements searched for a close tag's match: stray close tags must not cost the whole stack. */
const CLOSE_SEARCH = 64;

function findOpen(stack: readonly { name: string }[], name: string): number {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - CLOSE_SEARCH); i--) {
    if (stack[i]?.name === name) return i;
  }
  return -1;
}

import type { DocumentKind } from '../../model/extraction.js';
import type { ExtractionContext } from '../types.js';
import { readFrontMatter } from './front-matter.js';
import { inferKind } from './kind.js';
import { findOwnSymbol } from './own-symbol.js';
import { findTitle } from './title.js';

/** What the file itself declares (PDF info, HTML meta tags, front matter): preferred over guesses. */
export interface DocumentHints {
  readonly title?: string | undefined;
  readonly date?: string | undefined;
  readonly symbol?: string | undefined;
  readonly filename?: string | undefined;
}

export interface DocumentInfo {
  readonly kind: DocumentKind;
  readonly title: string | null;
  readonly symbol: string | null;
  readonly documentDate: string | null;
}

/**
 * Kind, title and own symbol of a document (GUIDELINES "kind", "title", "symbol"). What the file
 * declares in `hints` wins over what the text suggests.
 *
 * @example
 * extractDocumentInfo({ text: 'Press Release\n\nCTED Hosts Regional Workshop on Returnees\n\nNew York, 2 May 2023 – ...' });
 * // { kind: 'press-release', title: 'CTED Hosts Regional Workshop on Returnees', symbol: null, documentDate: null }
 */
export function extractDocumentInfo(ctx: ExtractionContext, hints: DocumentHints = {}): DocumentInfo {
  const title = hints.title?.trim() || findTitle(ctx.text);
  const symbol = hints.symbol?.trim() || findOwnSymbol(ctx.text);
  const kind = inferKind(ctx.text, title, readFrontMatter(ctx.text).tags);
  return { kind, title, symbol, documentDate: hints.date ?? null };
}

import type { DocumentKind } from '../../model/extraction.js';
import type { ExtractionContext } from '../types.js';
import { readFrontMatter } from './front-matter.js';
import { inferKind } from './kind.js';
import { ownSymbolOf } from './own-symbol.js';
import { findTitle } from './title.js';

/** What the file itself declares (PDF info, HTML meta tags, front matter): preferred over guesses. */
export interface DocumentHints {
  readonly title?: string | undefined;
  readonly date?: string | undefined;
  readonly symbol?: string | undefined;
  readonly filename?: string | undefined;
  /** Keywords the file declares (front-matter tags such as "speeches-remarks"): a clue to the kind. */
  readonly tags?: string | undefined;
}

export interface DocumentInfo {
  readonly kind: DocumentKind;
  readonly title: string | null;
  readonly symbol: string | null;
  readonly documentDate: string | null;
}

/** A section heading that a PDF's title metadata ran on into ("… countering the threat I. Introduction"). */
const trailingSectionHeading = /\s+(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.\s+[A-Z][a-z]+(?: [a-z]+){0,3}$/;

function tidyDeclaredTitle(title: string | undefined): string | null {
  const trimmed = title?.trim();
  return trimmed ? trimmed.replace(trailingSectionHeading, '') : null;
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
  const title = tidyDeclaredTitle(hints.title) || findTitle(ctx.text);
  const symbol = hints.symbol?.trim() || ownSymbolOf(ctx);
  const kind = inferKind(ctx.text, title, hints.tags?.trim() || readFrontMatter(ctx.text).tags);
  return { kind, title, symbol, documentDate: hints.date ?? null };
}

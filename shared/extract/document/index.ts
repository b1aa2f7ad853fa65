import type { DocumentKind } from '../../model/extraction.js';
import type { ExtractionContext } from '../types.js';

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

export function extractDocumentInfo(_ctx: ExtractionContext, hints: DocumentHints = {}): DocumentInfo {
  return { kind: 'other', title: hints.title ?? null, symbol: hints.symbol ?? null, documentDate: hints.date ?? null };
}

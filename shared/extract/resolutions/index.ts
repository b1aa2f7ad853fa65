import type { DocumentRef, ResolutionCitation } from '../../model/extraction.js';
import type { ExtractionContext } from '../types.js';

export function extractResolutions(_ctx: ExtractionContext): ResolutionCitation[] {
  return [];
}

export function extractDocumentRefs(_ctx: ExtractionContext): DocumentRef[] {
  return [];
}

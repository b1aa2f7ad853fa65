import type { Figure } from '../../model/extraction.js';
import type { ExtractionContext } from '../types.js';

/** Offsets already taken by other extractors (dates, resolution and document numbers): never figures. */
export interface FigureOptions {
  readonly exclude?: readonly { start: number; end: number }[];
}

export function extractFigures(_ctx: ExtractionContext, _options: FigureOptions = {}): Figure[] {
  return [];
}

import type { Entity } from '../../model/extraction.js';
import type { ExtractionContext } from '../types.js';

export function extractEntities(_ctx: ExtractionContext): Entity[] {
  return [];
}

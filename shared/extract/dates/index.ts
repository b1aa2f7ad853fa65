import type { DateMention } from '../../model/extraction.js';
import type { ExtractionContext } from '../types.js';

export function extractDates(_ctx: ExtractionContext): DateMention[] {
  return [];
}

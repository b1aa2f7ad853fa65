import type { ResolutionSeries } from './bodies.js';

/** The earliest year an ECOSOC-style "year/number" resolution can carry (the UN's first sessions). */
const FIRST_UN_YEAR = 1946;
const LAST_PLAUSIBLE_YEAR = 2100;

export interface NumberContext {
  /** Organ named right before the keyword: "General Assembly resolution 1514 (XV)". */
  readonly immediate: ResolutionSeries | null;
  /** Organ named nearest before, in the same paragraph. */
  readonly nearby: ResolutionSeries | null;
  /** Organ the document speaks for. */
  readonly document: ResolutionSeries;
}

/**
 * The normalised key of a cited number (GUIDELINES "resolutions"): no slash → Security Council
 * unless another organ is named right before it; "session/number" → General Assembly or Human Rights
 * Council; "year/number" → ECOSOC.
 *
 * @example
 * resolutionKey('72/284', null, { immediate: null, nearby: 'A/RES', document: 'A/RES' }); // 'A/RES/72/284'
 */
export function resolutionKey(number: string, session: string | null, context: NumberContext): string {
  if (/^(?:ES|S)-/.test(number)) return `A/RES/${number}`;
  const slash = number.indexOf('/');
  if (slash < 0) {
    if (session !== null) {
      const series = context.immediate && context.immediate !== 'S/RES' ? context.immediate : 'A/RES';
      return `${series}/${number}(${session})`;
    }
    const series = context.immediate ?? 'S/RES';
    return `${series}/${number}`;
  }
  const first = Number(number.slice(0, slash));
  if (first >= FIRST_UN_YEAR && first <= LAST_PLAUSIBLE_YEAR) {
    const series = context.immediate === 'E/CN.4/RES' || context.nearby === 'E/CN.4/RES' ? 'E/CN.4/RES' : 'E/RES';
    return `${series}/${number}`;
  }
  const named = context.immediate ?? context.nearby;
  const series = named === 'A/RES' || named === 'A/HRC/RES' ? named : context.document;
  return `${series}/${number}`;
}

/** Upper case, no spaces: the scorer's comparison form. */
export function normaliseKey(key: string): string {
  return key.replace(/\s+/g, '').toUpperCase();
}

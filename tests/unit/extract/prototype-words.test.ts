import { describe, expect, it } from 'vitest';
import { organizationKey } from '../../../shared/extract/entities/names.js';
import { detectFormat } from '../../../shared/parse/detect.js';

/** Lookup tables keyed by words from the text must not answer for Object.prototype's own names. */
describe('words that name Object.prototype members', () => {
  it('are ordinary words in an organization key', () => {
    expect(organizationKey('Constructor University')).toBe('constructoruniversity');
  });

  it('are unknown file extensions', () => {
    const bytes = new TextEncoder().encode('Plain words.');
    expect(detectFormat(bytes, { filename: 'notes.constructor' })).toBe(detectFormat(bytes, { filename: 'notes.xyz' }));
  });
});

import { describe, expect, it } from 'vitest';
import { headNounAfter } from '../../../shared/extract/figures/head-noun.js';
import { extractFigures } from '../../../shared/extract/figures/index.js';
import { singularize } from '../../../shared/extract/figures/singular.js';

function nounsOf(text: string) {
  return extractFigures({ text }).map((figure) => [figure.value, figure.noun]);
}

describe('counted nouns', () => {
  it('skips modifiers to the plural head', () => {
    // Prepare
    const text =
      'We heard 55 civil society organizations, 20 United Nations entities, 49 Peace and Development Advisors, ' +
      '23 regional and international organizations and 42 member or observer entities.';
    // Act
    const nouns = nounsOf(text);
    // Assert
    expect(nouns).toEqual([
      [55, 'organization'],
      [20, 'entity'],
      [49, 'advisor'],
      [23, 'organization'],
      [42, 'entity'],
    ]);
  });

  it('stops at the verb after the head', () => {
    expect(headNounAfter('1000 participants representing 160 Member States', 4).head).toBe('participants');
    expect(headNounAfter('8 revitalized working groups aligned with', 1).head).toBe('groups');
    expect(headNounAfter('40 thematic side-events co-organized', 2).head).toBe('side-events');
  });

  it('borrows the noun of a coordinated number', () => {
    const text = 'They include 101 global, 124 regional and 151 national projects.';
    expect(nounsOf(text)).toEqual([
      [101, 'project'],
      [124, 'project'],
      [151, 'project'],
    ]);
  });

  it('borrows the noun of an earlier count in the same sentence', () => {
    const text = 'It mapped 105 projects completed since then (271 are being implemented and 87 are planned).';
    expect(nounsOf(text)).toEqual([
      [105, 'project'],
      [271, 'project'],
      [87, 'project'],
    ]);
  });

  it('does not borrow across a sentence', () => {
    const text = 'It mapped 105 projects. 271 are being implemented.';
    expect(nounsOf(text)).toEqual([[105, 'project']]);
  });

  it('singularises regular and irregular plurals', () => {
    expect(
      ['activities', 'people', 'States', 'side-events', 'women', 'cases', 'boxes', 'staff'].map(singularize),
    ).toEqual(['activity', 'person', 'state', 'side-event', 'woman', 'case', 'box', 'staff']);
  });
});

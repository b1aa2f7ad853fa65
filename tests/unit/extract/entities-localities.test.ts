import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const namesOf = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((e) => e.type === type).map((e) => e.name);

describe('entities: localities told by a place noun after them', () => {
  it('takes "the X region/area/district" as place X', () => {
    const places = namesOf(entitiesOf('Raids hit the Varnek region and later the Ostel area near the coast.'), 'place');
    expect(places).toContain('Varnek');
    expect(places).toContain('Ostel');
  });

  it('takes every member of a list before a plural noun, locality numbers included', () => {
    const text = 'Groups took the Marlo, Quent 14, Quent 9 and Bel-Aire neighbourhoods last week.';
    const places = namesOf(entitiesOf(text), 'place');
    expect(places).toEqual(expect.arrayContaining(['Marlo', 'Quent 14', 'Quent 9', 'Bel-Aire']));
  });

  it('does not take adjectives, ordinary words or organizations before the noun', () => {
    const text =
      'Trade in the Arab region grew. Food in the Sudanese area ran out. The Security Council area was closed.';
    expect(namesOf(entitiesOf(text), 'place')).toEqual([]);
  });
});

describe('entities: compass word before a known region', () => {
  it('takes "South Darfur" whole', () => {
    expect(namesOf(entitiesOf('Displacement grew in South Darfur last year.'), 'place')).toContain('South Darfur');
  });

  it('does not make a region of a compass word before a country', () => {
    const places = namesOf(entitiesOf('Fighting spread to North Mali and Western Sahel.'), 'place');
    expect(places).not.toContain('North Mali');
    expect(places).not.toContain('Western Sahel');
  });
});

describe('entities: place named after "in"', () => {
  it('takes a name after "in" when punctuation or a function word ends it', () => {
    const places = namesOf(
      entitiesOf('Clinics closed in Torvela, and shelling was reported in the Korin Hills.'),
      'place',
    );
    expect(places).toContain('Torvela');
    expect(places).toContain('Korin Hills');
  });

  it('does not take adjectives, months, languages, document parts or title-case pairs', () => {
    const text =
      'Aid arrived in Syrian territory in March. The text is in Spanish. See in Annex, and advances in Science and Technology shape new technology.';
    expect(namesOf(entitiesOf(text), 'place')).toEqual([]);
  });
});

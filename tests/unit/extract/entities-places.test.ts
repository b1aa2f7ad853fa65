import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const findEntity = (entities: Entity[], type: Entity['type'], name: string): Entity | undefined =>
  entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

describe('entities: places from the gazetteer', () => {
  it('names a country by its common short name and keeps the official form as an alias', () => {
    // Prepare
    const text = 'Attacks continued in the Syrian Arab Republic. Syria remains fragile.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    const syria = findEntity(entities, 'place', 'Syria');
    expect(syria?.name).toBe('Syria');
    expect(syria?.aliases).toContain('Syrian Arab Republic');
    expect(entities.filter((e) => e.type === 'place')).toHaveLength(1);
  });

  it('finds regions and cities, with or without "the"', () => {
    const entities = entitiesOf(
      'Threats grew in the Sahel, West Africa and South-East Asia; the meeting was held in New York.',
    );
    expect(findEntity(entities, 'place', 'Sahel')).toBeDefined();
    expect(findEntity(entities, 'place', 'West Africa')).toBeDefined();
    expect(findEntity(entities, 'place', 'South-East Asia')).toBeDefined();
    expect(findEntity(entities, 'place', 'New York')).toBeDefined();
  });

  it('groups spelling variants of a region', () => {
    const entities = entitiesOf('Projects in Southeast Asia and in South-East Asia.');
    expect(entities.filter((e) => e.type === 'place')).toHaveLength(1);
  });
});

describe('entities: places, negatives', () => {
  it('does not take nationality adjectives or lower-case words for places', () => {
    // Prepare
    const text = 'Uzbek children and Syrian nationals met Central Asian experts; turkey was served.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    expect(entities.filter((e) => e.type === 'place')).toEqual([]);
  });

  it('does not cut a country out of a longer word', () => {
    expect(entitiesOf('Nigerian and Malian officials').filter((e) => e.type === 'place')).toEqual([]);
  });
});

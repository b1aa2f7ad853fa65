import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const findEntity = (entities: Entity[], type: Entity['type'], name: string): Entity | undefined =>
  entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

describe('entities: people', () => {
  it('reads a name after a title and links later surname mentions to it', () => {
    // Prepare
    const text = 'Mr. Vladimir Voronkov opened the event. Later, Voronkov said more work was needed.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    const person = findEntity(entities, 'person', 'Vladimir Voronkov');
    expect(person?.aliases).toContain('Voronkov');
    expect(entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('reads stacked titles and role titles', () => {
    const entities = entitiesOf(
      'H.E. Mr. Akan Rakhmetullin spoke, as did Assistant Secretary-General Natalia Gherman.',
    );
    expect(findEntity(entities, 'person', 'Akan Rakhmetullin')).toBeDefined();
    expect(findEntity(entities, 'person', 'Natalia Gherman')).toBeDefined();
  });

  it('reads a name followed by a role', () => {
    const entities = entitiesOf(
      'Mohammed Hussein Bahr Aluloom, Permanent Representative of Iraq to the United Nations, spoke.',
    );
    expect(findEntity(entities, 'person', 'Mohammed Hussein Bahr Aluloom')).toBeDefined();
  });

  it('finds the full name written before a surname marked by a verb of speech', () => {
    const entities = entitiesOf(
      'Head of the UN Counter-Terrorism Office Vladimir Voronkov spoke first. Then, Voronkov said it.',
    );
    const person = findEntity(entities, 'person', 'Voronkov');
    expect(person?.name).toBe('Vladimir Voronkov');
    expect(findEntity(entities, 'organization', 'UN Counter-Terrorism Office')).toBeDefined();
  });
});

describe('entities: people, negatives', () => {
  it('does not take titles alone or ordinary capitalised phrases for people', () => {
    // Prepare
    const text =
      'The Secretary-General said the Under-Secretary-General agreed. Children and Armed Conflict, a special report, covers armed conflict.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('does not take a sentence-opening word before a verb for a surname', () => {
    expect(entitiesOf('Officials met. Everyone said it was useful.').filter((e) => e.type === 'person')).toEqual([]);
  });
});

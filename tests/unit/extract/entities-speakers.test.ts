import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const namesOf = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((e) => e.type === type).map((e) => e.name);

describe('entities: speaker labels in capitals', () => {
  it('takes the name after a capitalised honorific at the start of a line', () => {
    // Prepare
    const text = 'MR. HALVERN: We agree with the text.\nMRS. OSTRANE (Canada): I support it.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    expect(namesOf(entities, 'person')).toEqual(expect.arrayContaining(['HALVERN', 'OSTRANE']));
    expect(namesOf(entities, 'place')).toContain('Canada');
  });

  it('does not widen a capitalised surname over the mixed-case word before it', () => {
    const people = namesOf(entitiesOf('MR. HALVERN: Yes.\nLater HALVERN spoke again.'), 'person');
    expect(people).toEqual(['HALVERN']);
  });
});

describe('entities: speaker labels, negatives', () => {
  it('does not take a post ("The PRESIDENT:") or a label inside a sentence for a person', () => {
    const entities = entitiesOf('The PRESIDENT: Thank you.\nWe heard that MR. HALVERN: no.\nTHE CHAIRMAN: Next.');
    expect(namesOf(entities, 'person')).toEqual([]);
  });
});

describe('entities: a given name and surname owning something', () => {
  it('takes "Given Surname\'s" as a person when the surname recurs on its own', () => {
    const people = namesOf(
      entitiesOf("Arms reached Darvo for Martin Kelubo's forces. Kelubo refused to step down."),
      'person',
    );
    expect(people).toContain('Martin Kelubo');
  });
});

describe('entities: a given name and surname owning something, negatives', () => {
  it('does not take a two-word group whose last word never stands alone', () => {
    const entities = entitiesOf("A surge in Gran Vorak's campaign. The Gran Vorak gang attacked.");
    expect(namesOf(entities, 'person')).toEqual([]);
  });

  it('does not take a sentence-opening phrase or a body', () => {
    const entities = entitiesOf("Global Tarvin's report came out. Tarvin was cited. The Security Council's view.");
    expect(namesOf(entities, 'person')).not.toContain('Global Tarvin');
    expect(namesOf(entities, 'person')).not.toContain('Security Council');
  });
});

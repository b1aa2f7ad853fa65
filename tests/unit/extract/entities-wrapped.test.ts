import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import { joinWrappedLines } from '../../../shared/extract/entities/wrapped-lines.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const findEntity = (entities: Entity[], type: Entity['type'], name: string): Entity | undefined =>
  entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

describe('entities: hard-wrapped lines, titles, possessives', () => {
  it('reads a name that a line break of wrapped prose cuts in two', () => {
    // Prepare
    const text =
      'Our delegation has met today with the Economic Community of West African\nStates and later this morning with President Kwame\nAsante Mensah in the capital.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    expect(findEntity(entities, 'organization', 'Economic Community of West African States')).toBeDefined();
    expect(findEntity(entities, 'person', 'Kwame Asante Mensah')).toBeDefined();
  });

  it('keeps line breaks after short lines and blank lines, at the same offsets', () => {
    const text = 'Signed by Jane Doe\nCoordinator\n\nNext paragraph of the text, long enough to be prose\nright here.';
    const joined = joinWrappedLines(text);
    expect(joined).toHaveLength(text.length);
    expect(joined).toContain('Jane Doe\nCoordinator\n\nNext');
    expect(joined).toContain('prose right here.');
  });

  it('reads a name after stacked titles without hyphen and a name that starts with a particle', () => {
    const entities = entitiesOf(
      'I thank Deputy Secretary General Okafor, Chairperson Dlamini and Director van der Berg.',
    );
    expect(findEntity(entities, 'person', 'Okafor')).toBeDefined();
    expect(findEntity(entities, 'person', 'Dlamini')).toBeDefined();
    expect(findEntity(entities, 'person', 'van der Berg')).toBeDefined();
    expect(findEntity(entities, 'person', 'Chairperson Dlamini')).toBeUndefined();
  });

  it('reads known names before a possessive and lower-case al- names', () => {
    const entities = entitiesOf(
      'The ball is in Iran’s court, while al-Shabaab attacks continue and Human Rights Watch’s director spoke.',
    );
    expect(findEntity(entities, 'place', 'Iran')).toBeDefined();
    expect(findEntity(entities, 'organization', 'al-Shabaab')).toBeDefined();
    expect(findEntity(entities, 'organization', 'Human Rights Watch')).toBeDefined();
  });

  it('does not read a possessive ordinary word as a known name', () => {
    const entities = entitiesOf('The Chair’s summary was issued.');
    expect(entities.filter((e) => e.type === 'place')).toHaveLength(0);
  });
});

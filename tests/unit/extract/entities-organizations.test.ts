import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/extract/entities/index.js';
import type { Entity } from '../../../shared/model/extraction.js';

const entitiesOf = (text: string): Entity[] => extractEntities({ text });
const findEntity = (entities: Entity[], type: Entity['type'], name: string): Entity | undefined =>
  entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

describe('entities: organizations', () => {
  it('joins a name, its acronym and its "UN" form into one organization with the fullest name', () => {
    // Prepare
    const text =
      'The United Nations Office of Counter-Terrorism (UNOCT) met. UNOCT said the UN Office of Counter-Terrorism would act.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    const office = findEntity(entities, 'organization', 'UNOCT');
    expect(office?.name).toBe('United Nations Office of Counter-Terrorism');
    expect(office?.aliases).toEqual(expect.arrayContaining(['UNOCT', 'UN Office of Counter-Terrorism']));
    expect(entities.filter((e) => e.aliases.includes('UNOCT') || e.name === 'UNOCT')).toHaveLength(1);
  });

  it('finds unknown bodies by their head noun and trims what opens the sentence', () => {
    const entities = entitiesOf(
      'Representatives of the Council of Europe and the Bulan Institute for Peace Innovations spoke.',
    );
    expect(findEntity(entities, 'organization', 'Council of Europe')).toBeDefined();
    expect(findEntity(entities, 'organization', 'Bulan Institute for Peace Innovations')).toBeDefined();
  });

  it('knows UN bodies and listed groups without a head noun', () => {
    const entities = entitiesOf('UNICEF, INTERPOL and the World Bank; attacks by Al-Shabaab and Boko Haram.');
    for (const name of ['UNICEF', 'INTERPOL', 'World Bank', 'Al-Shabaab', 'Boko Haram']) {
      expect(findEntity(entities, 'organization', name), name).toBeDefined();
    }
  });

  it('resolves a short form to the body named before it', () => {
    const entities = entitiesOf('The Security Council met on Monday. The Council then adopted a text.');
    const council = findEntity(entities, 'organization', 'Security Council');
    expect(council?.aliases).toContain('Council');
  });

  it('splits two bodies joined by "and the"', () => {
    const entities = entitiesOf('The Centre, UNODC and the United Nations Development Programme launched it.');
    expect(findEntity(entities, 'organization', 'UNODC')).toBeDefined();
    expect(findEntity(entities, 'organization', 'United Nations Development Programme')).toBeDefined();
  });

  it('keeps "and" inside one name', () => {
    const entities = entitiesOf('Experts of the Organization for Security and Co-operation in Europe (OSCE) attended.');
    const osce = findEntity(entities, 'organization', 'OSCE');
    expect(osce?.name).toBe('Organization for Security and Co-operation in Europe');
  });
});

describe('entities: organizations, negatives', () => {
  it('does not take programmes, strategies, conferences or weeks for organizations', () => {
    // Prepare
    const text =
      'The Global Counter-Terrorism Strategy, the Container Control Programme, the Third High-Level Conference and Counter-Terrorism Week.';
    // Act
    const entities = entitiesOf(text);
    // Assert
    expect(entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('drops undefined acronyms and short forms with nothing to refer to', () => {
    const entities = entitiesOf('Countering violent extremism (CVE) matters. VEPs are a concern. The Council agreed.');
    expect(entities).toEqual([]);
  });

  it('does not pin a dateline acronym on the body before it', () => {
    const entities = entitiesOf('United Nations (CNN) -- The United Nations said.');
    const un = findEntity(entities, 'organization', 'United Nations');
    expect(un?.aliases ?? []).not.toContain('CNN');
  });
});

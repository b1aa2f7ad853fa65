import type { Entity } from '../../model/extraction.js';
import { runExtractor } from '../run.js';
import type { ExtractionContext, ExtractorConfiguration } from '../types.js';
import { groupMentions } from './cluster.js';
import type { Mention } from './mention.js';
import { acronymDefinitionParser, acronymParser } from './parsers/acronyms.js';
import { armedGroupParser } from './parsers/armed-groups.js';
import {
  aliasedPersonParser,
  bylineParser,
  namedPersonParser,
  nicknamedPersonParser,
  publisherParser,
} from './parsers/citations.js';
import { contributorsParser } from './parsers/contributors.js';
import { gazetteerParser } from './parsers/gazetteer.js';
import {
  compassPlaceParser,
  placeAfterInParser,
  placeBeforeNounParser,
  placeListAfterPrepositionParser,
} from './parsers/localities.js';
import { lowerCaseArmedGroupParser, namedGroupParser } from './parsers/named-groups.js';
import { organizationPatternParser } from './parsers/organization-pattern.js';
import { lowerCaseBodyParser, newsAgencyParser, splitWordNameParser } from './parsers/organization-variants.js';
import { appositivePersonParser, speakingPersonParser, titledPersonParser } from './parsers/people.js';
import { personListParser } from './parsers/person-lists.js';
import { placeAfterNounParser, placeBeforeUnitParser, placeListParser } from './parsers/place-cues.js';
import { possessivePersonParser } from './parsers/possessive-people.js';
import {
  barLabelParser,
  governmentOfPersonParser,
  kunyaPersonParser,
  lowerCaseRolePersonParser,
  rolePersonParser,
} from './parsers/role-people.js';
import { shortFormParser } from './parsers/short-forms.js';
import { speakerLabelParser } from './parsers/speaker-labels.js';
import { nestedOrganizationRefiner } from './refiners/nested-organizations.js';
import { overlapRefiner } from './refiners/overlaps.js';
import { patternBoundsRefiner } from './refiners/pattern-bounds.js';
import { surnameMentionsRefiner, trimOrganizationsAtPeopleRefiner } from './refiners/people.js';
import { documentSymbolRefiner } from './refiners/symbols.js';
import { joinWrappedLines } from './wrapped-lines.js';

/** Parsers propose mentions; refiners add surname mentions, trim, and keep one mention per stretch of text. */
export const entityConfiguration: ExtractorConfiguration<Mention> = {
  parsers: [
    gazetteerParser,
    organizationPatternParser,
    acronymDefinitionParser,
    acronymParser,
    titledPersonParser,
    appositivePersonParser,
    speakingPersonParser,
    shortFormParser,
    contributorsParser,
    armedGroupParser,
    possessivePersonParser,
    speakerLabelParser,
    placeAfterNounParser,
    placeBeforeUnitParser,
    placeListParser,
    placeBeforeNounParser,
    compassPlaceParser,
    placeAfterInParser,
    bylineParser,
    publisherParser,
    nicknamedPersonParser,
    namedPersonParser,
    aliasedPersonParser,
    namedGroupParser,
    lowerCaseArmedGroupParser,
    placeListAfterPrepositionParser,
    rolePersonParser,
    governmentOfPersonParser,
    kunyaPersonParser,
    lowerCaseRolePersonParser,
    barLabelParser,
    lowerCaseBodyParser,
    newsAgencyParser,
    splitWordNameParser,
    personListParser,
  ],
  refiners: [
    documentSymbolRefiner,
    surnameMentionsRefiner,
    trimOrganizationsAtPeopleRefiner,
    patternBoundsRefiner,
    overlapRefiner,
    nestedOrganizationRefiner,
  ],
};

/**
 * Named people, organizations and places, each once, with a canonical name and the other forms the text
 * uses (GUIDELINES "entities").
 *
 * @example
 * extractEntities({ text: 'Mr. Vladimir Voronkov, head of the United Nations Office of Counter-Terrorism (UNOCT), visited Syria. Voronkov said…' });
 * // → [{ type: 'person', name: 'Vladimir Voronkov', aliases: ['Voronkov'] },
 * //    { type: 'organization', name: 'United Nations Office of Counter-Terrorism', aliases: ['UNOCT'] },
 * //    { type: 'place', name: 'Syria', aliases: [] }]
 */
export function extractEntities(ctx: ExtractionContext): Entity[] {
  const unwrapped: ExtractionContext = { ...ctx, text: joinWrappedLines(ctx.text) };
  return groupMentions(unwrapped, runExtractor(unwrapped, entityConfiguration));
}

import type { EntityType } from '../../model/extraction.js';

/** How a mention was found: decides who wins an overlap and how the mention joins an entity. */
export type MentionSource =
  | 'acronym-definition'
  | 'gazetteer'
  | 'title'
  | 'apposition'
  | 'speech'
  | 'surname'
  | 'pattern'
  | 'short-form'
  | 'acronym';

/** What a parser says about a span of text. */
export interface Mention {
  readonly type: EntityType;
  readonly source: MentionSource;
  /** The form to list as a name: the span without a leading "the" or titles. */
  readonly name: string;
  /** Gazetteer identity (canonical name) when the span is a known place or organization. */
  readonly known?: string;
}

/** Higher wins when two spans of the same length overlap: lists of real things beat patterns. */
export const sourcePriority: Readonly<Record<MentionSource, number>> = {
  'acronym-definition': 9,
  gazetteer: 8,
  title: 7,
  apposition: 6,
  surname: 5,
  speech: 5,
  pattern: 4,
  'short-form': 2,
  acronym: 1,
};

import { z } from 'zod';

/** Where an item was found in the cleaned text. Optional on every item: welcome, never required. */
const located = {
  text: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
};

export const documentKinds = [
  'report',
  'press-release',
  'news',
  'meeting-summary',
  'resolution',
  'statement',
  'other',
] as const;
export const DocumentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** ISO 8601 at the granularity written, or a `start/end` range of those. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, 'ISO date, month, year or range');

export const DateMentionSchema = z.object({ value: IsoDateSchema, ...located });
export type DateMention = z.infer<typeof DateMentionSchema>;

export const ResolutionCitationSchema = z.object({
  /** Normalised symbol without the year: `S/RES/2396`, `A/RES/72/284`, `A/HRC/RES/35/34`, `E/RES/2019/15`. */
  key: z.string(),
  /** Adoption year, only when the text states it. */
  year: z.number().int().nullable().optional(),
  ...located,
});
export type ResolutionCitation = z.infer<typeof ResolutionCitationSchema>;

export const DocumentRefSchema = z.object({ symbol: z.string(), ...located });
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

export const FigureSchema = z.object({
  value: z.number(),
  /** ISO currency code for money, `percent`, or `count`. */
  unit: z.string(),
  /** For counts, the counted thing: singular, lower case, head word. `null` for money and percent. */
  noun: z.string().nullable(),
  approximate: z.boolean(),
  ...located,
});
export type Figure = z.infer<typeof FigureSchema>;

export const entityTypes = ['person', 'organization', 'place'] as const;
export const EntityTypeSchema = z.enum(entityTypes);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  type: EntityTypeSchema,
  /** Canonical name: the fullest form for people and organizations, the common short name for places. */
  name: z.string(),
  /** Every other form the text uses. */
  aliases: z.array(z.string()),
  /** How often the entity is mentioned. */
  mentions: z.number().int().nonnegative().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** What the extractor produces from a document's text: the fields of ../shared/gold/GUIDELINES.md. */
export const ExtractionSchema = z.object({
  kind: DocumentKindSchema,
  title: z.string().nullable(),
  symbol: z.string().nullable(),
  documentDate: IsoDateSchema.nullable(),
  summary: z.string(),
  dates: z.array(DateMentionSchema),
  resolutions: z.array(ResolutionCitationSchema),
  documentRefs: z.array(DocumentRefSchema),
  figures: z.array(FigureSchema),
  entities: z.array(EntitySchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

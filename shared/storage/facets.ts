import type { DocumentRecord } from '../model/record.js';

export type FacetType = 'KIND' | 'RES' | 'ENTITY' | 'MENTION' | 'STATUS' | 'VERSION';

/** Facet types with a counter item per value: what GET /resolutions, /entities and re-processing list. */
export const COUNTED_FACET_TYPES: ReadonlySet<FacetType> = new Set(['RES', 'ENTITY', 'STATUS', 'VERSION']);

export interface Facet {
  readonly type: FacetType;
  /** The value documents are looked up by: `report`, `S/RES/2396`, `organization#unodc`, `2019-06`. */
  readonly value: string;
  /** How the value was written, for display (`UNODC` for `organization#unodc`). */
  readonly label: string;
}

export const facetKey = (facet: Facet): string => `${facet.type}#${facet.value}`;

/** Lower case, no diacritics, single spaces: how an entity name is looked up whatever its spelling. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The facet values a document is found by: its kind, each resolution it cites, each name of each
 * entity, and each year, month and day its dates mention.
 */
export function facetsOf(record: DocumentRecord): Facet[] {
  const facets = new Map<string, Facet>();
  const add = (facet: Facet) => facets.set(facetKey(facet), facet);
  const addOnce = (facet: Facet) => facets.has(facetKey(facet)) || add(facet);
  add({ type: 'STATUS', value: record.status, label: record.status });
  add({ type: 'VERSION', value: record.extractorVersion, label: record.extractorVersion });
  if (record.status === 'ok') add({ type: 'KIND', value: record.kind, label: record.kind });
  for (const resolution of record.resolutions) {
    const key = normaliseResolutionKey(resolution.key);
    addOnce({ type: 'RES', value: key, label: key });
  }
  for (const entity of record.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const normalised = normaliseName(name);
      if (normalised) addOnce({ type: 'ENTITY', value: `${entity.type}#${normalised}`, label: name });
    }
  }
  for (const date of record.dates) {
    for (const period of periodsOf(date.value)) addOnce({ type: 'MENTION', value: period, label: period });
  }
  return [...facets.values()];
}

/** `2019-06-28/2019-06-29` → 2019, 2019-06, 2019-06-28, 2019-06-29: every period a query may name. */
function periodsOf(value: string): string[] {
  const periods = new Set<string>();
  const [start = '', end = start] = value.split('/');
  for (const endpoint of [start, end]) {
    const [year, month, day] = endpoint.split('-');
    if (!year) continue;
    periods.add(year);
    if (month) periods.add(`${year}-${month}`);
    if (day) periods.add(`${year}-${month}-${day}`);
  }
  const startYear = Number(start.slice(0, 4));
  const endYear = Number(end.slice(0, 4));
  for (let year = startYear + 1; year < endYear && year - startYear < 50; year++) periods.add(String(year));
  return [...periods];
}

/** `S/RES/2396`, `s-res-2396`, `S%2FRES%2F2396` (decoded) → `S/RES/2396`. */
export function normaliseResolutionKey(key: string): string {
  const upper = key.trim().toUpperCase().replace(/\s+/g, '');
  return upper.includes('/') ? upper : upper.replace(/-/g, '/');
}

import type { Entity, EntityType } from '../../model/extraction.js';
import { isWhitespaceCode } from '../char-codes.js';
import { keepLayoutAlive } from '../kept-layouts.js';
import type { ExtractionContext, Span } from '../types.js';
import { type KnownEntity, knownOrganization } from './gazetteer.js';
import type { Mention } from './mention.js';
import { organizationKey, withoutArticle } from './names.js';
import { remembered } from './remembered.js';

/**
 * Union-find over string nodes: mentions that name one thing end up under one root. Each node string is
 * numbered once and the forest kept in an array: Map look-ups of node strings on every find cost more
 * than all the grouping.
 */
class Groups {
  private readonly ids = new Map<string, number>();
  private readonly parent: number[] = [];
  /** The number of a node, given on first sight. */
  id(node: string): number {
    let id = this.ids.get(node);
    if (id === undefined) {
      id = this.parent.length;
      this.ids.set(node, id);
      this.parent.push(id);
    }
    return id;
  }
  find(id: number): number {
    let root = id;
    for (let up = this.parent[root] as number; up !== root; up = this.parent[root] as number) root = up;
    this.parent[id] = root;
    return root;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

keepLayoutAlive(new Groups());

/** A mention as grouping reads it: its node (-1 for a short form, which joins a body later) and the facts of its name. */
interface Placed {
  readonly span: Span<Mention>;
  readonly node: number;
  readonly facts: NameFacts;
}

const isAcronymSource = (mention: Mention): boolean =>
  mention.source === 'acronym' || mention.source === 'acronym-definition';

/**
 * What grouping reads of one name, each worked out once for the name: a mention's name is a fresh slice
 * of its text, and every look-up by it hashes and compares it in full, so it is looked up once per
 * mention and everything else is read from here.
 */
class NameFacts {
  /** The name as listed: spacing folded, no leading article. */
  readonly clean: string;
  private person: string | undefined;
  private place: string | undefined;
  private acronym: string | undefined;
  private organization: string | undefined;
  private known: KnownEntity | null | undefined;
  private comparableForm: string | undefined;
  // The node of the last gazetteer identity a mention with this name had (almost always the only one).
  private lastKnown: string | undefined;
  private lastKnownNode = '';
  private lastKnownPlace: string | undefined;
  private lastKnownPlaceNode = '';
  constructor(readonly name: string) {
    this.clean = withoutArticle(name.replace(/\s+/g, ' ').trim());
  }
  /** The node a mention with this name stands for before grouping: its surname, place, acronym or name key. */
  nodeOf(mention: Mention): string {
    if (mention.type === 'person') {
      this.person ??= `person:${surnameKey(this.name)}`;
      return this.person;
    }
    if (mention.type === 'place') {
      const { known } = mention;
      if (known !== undefined) {
        if (known !== this.lastKnownPlace) {
          this.lastKnownPlace = known;
          this.lastKnownPlaceNode = knownPlaceNode(known);
        }
        return this.lastKnownPlaceNode;
      }
      this.place ??= `place:${this.name}`;
      return this.place;
    }
    if (isAcronymSource(mention)) {
      this.acronym ??= `acronym:${this.name.toUpperCase()}`;
      return this.acronym;
    }
    this.organization ??= organizationNode(organizationKey(this.name));
    return this.organization;
  }
  /** The node of an organization mention's gazetteer identity, its own or its name's; undefined for none. */
  knownNodeOf(mention: Mention): string | undefined {
    const known = mention.known ?? this.knownOrganization()?.canonical;
    if (known === undefined) return undefined;
    if (known !== this.lastKnown) {
      this.lastKnown = known;
      this.lastKnownNode = knownNode(known);
    }
    return this.lastKnownNode;
  }
  knownOrganization(): KnownEntity | undefined {
    if (this.known === undefined) this.known = knownOrganization(this.name) ?? null;
    return this.known ?? undefined;
  }
  /** The clean name as the scorer compares names (see comparable). */
  comparable(): string {
    this.comparableForm ??= comparable(this.clean);
    return this.comparableForm;
  }
}

keepLayoutAlive(new NameFacts(''));

const factsOfName = remembered((name) => new NameFacts(name));

// Node strings made once per key: the same string object each time lets the look-ups of the grouping
// find it without reading it again (a new string is hashed and compared in full).
const knownPlaceNode = remembered((known) => `place:${known}`);
const organizationNode = remembered((key) => `org:${key}`);
const knownNode = remembered((canonical) => `known:${canonical}`);

/**
 * A person's last word without an "al-" or "el-": `name.split(/\s+/).pop().replace(/^(?:al|el)-/i, '')`,
 * read from the codes (this runs for every person name).
 */
function surnameKey(name: string): string {
  let start = name.length;
  while (start > 0 && !isWhitespaceCode(name.charCodeAt(start - 1))) start--;
  const a = name.charCodeAt(start) | 32;
  const hasArticle =
    (a === 97 || a === 101) && (name.charCodeAt(start + 1) | 32) === 108 && name.charCodeAt(start + 2) === 45;
  return name.slice(hasArticle ? start + 3 : start);
}

/**
 * Groups mentions into entities: same gazetteer identity, same name key, an acronym and the name it was
 * defined for, a surname and the full name; then resolves short forms ("the Council") to the nearest body
 * of that kind named before.
 *
 * @example
 * // "United Nations Office of Counter-Terrorism (UNOCT)" … "UNOCT" … "UN Office of Counter-Terrorism"
 * // → one organization, canonical "United Nations Office of Counter-Terrorism", aliases UNOCT and the UN form
 */
export function groupMentions(ctx: ExtractionContext, spans: readonly Span<Mention>[]): Entity[] {
  const groups = new Groups();
  const placed: Placed[] = [];
  // The acronym nodes of acronyms defined in brackets: one node per upper-case acronym.
  const defined = new Set<number>();
  const shortForms: Placed[] = [];
  const ordered = [...spans].sort((a, b) => a.start - b.start);

  for (let i = 0; i < ordered.length; i++) {
    const span = ordered[i] as Span<Mention>;
    const mention = span.value;
    const facts = factsOfName(mention.name);
    if (mention.source === 'short-form') {
      shortForms.push({ span, node: -1, facts });
      continue;
    }
    const node = groups.id(facts.nodeOf(mention));
    if (mention.source === 'acronym-definition') {
      const named = definedName(ctx, ordered, i);
      if (named === undefined && facts.knownOrganization() === undefined) continue;
      defined.add(node);
      if (named !== undefined && canAbbreviate(facts, named.value)) {
        const namedFacts = factsOfName(named.value.name);
        groups.join(groups.id(namedFacts.nodeOf(named.value)), node);
      }
    }
    placed.push({ span, node, facts });
    const parentless = withoutParentAcronym(mention);
    if (parentless !== undefined) groups.join(node, groups.id(organizationNode(organizationKey(parentless))));
    if (mention.type === 'organization') {
      const known = facts.knownNodeOf(mention);
      if (known !== undefined) groups.join(groups.id(known), node);
    }
  }

  const byRoot = new Map<number, Placed[]>();
  for (const mention of placed) {
    const kept =
      mention.span.value.source !== 'acronym' ||
      defined.has(mention.node) ||
      mention.facts.knownOrganization() !== undefined;
    if (!kept) continue;
    const root = groups.find(mention.node);
    const list = byRoot.get(root);
    if (list === undefined) byRoot.set(root, [mention]);
    else list.push(mention);
  }
  const clusters = mergeShortenedNames([...byRoot.values()]);
  attachShortForms(clusters, shortForms);
  return clusters.map(toEntity).filter((entity): entity is Entity => entity !== null);
}

/** The mention an acronym in brackets defines: the one ending just before the bracket. */
function definedName(
  ctx: ExtractionContext,
  ordered: readonly Span<Mention>[],
  index: number,
): Span<Mention> | undefined {
  const definition = ordered[index] as Span<Mention>;
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const candidate = ordered[j] as Span<Mention>;
    if (isAcronymSource(candidate.value) || candidate.value.source === 'short-form') continue;
    const gap = ctx.text.slice(candidate.end, definition.start - 1);
    if (candidate.end <= definition.start - 1 && /^(?:['’]s)?[ \t]*$/.test(gap)) return candidate;
  }
  return undefined;
}

/** Index of the last entry ending at or before `offset` (entries sorted by end); -1 if none. */
function lastEndingBy(entries: readonly Body[], offset: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((entries[middle] as Body).span.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

interface Body {
  readonly span: Span<Mention>;
  readonly cluster: Placed[];
}

/** Whether `head` is a whole word of `name`: between spaces or the name's ends. */
function hasWord(name: string, head: string): boolean {
  for (let at = name.indexOf(head); at >= 0; at = name.indexOf(head, at + 1)) {
    const end = at + head.length;
    if ((at === 0 || name.charCodeAt(at - 1) === 32) && (end === name.length || name.charCodeAt(end) === 32))
      return true;
  }
  return false;
}

/** "the Council" joins the nearest body before it whose name has the word Council; "the Organization" is the UN. */
function attachShortForms(clusters: Placed[][], shortForms: readonly Placed[]): void {
  if (shortForms.length === 0) return;
  const votes = new Map<string, Map<Placed[], number>>();
  // Organization mentions by end offset: each short form looks for the nearest one before it.
  const bodies: Body[] = [];
  for (const cluster of clusters)
    for (const { span } of cluster) if (span.value.type === 'organization') bodies.push({ span, cluster });
  bodies.sort((x, y) => x.span.end - y.span.end);
  // The bodies each head can name, in the same order, found once per head: looking back through all
  // bodies from every short form whose head no body has read them all each time.
  const bodiesByHead = new Map<string, Body[]>();
  const bodiesNamedBy = (head: string): Body[] => {
    let named = bodiesByHead.get(head);
    if (named === undefined) {
      named = bodies.filter(
        ({ span }) =>
          (head === 'Organization' && span.value.known === 'United Nations') || hasWord(span.value.name, head),
      );
      bodiesByHead.set(head, named);
    }
    return named;
  };
  const resolved: (Placed[] | undefined)[] = [];
  for (const short of shortForms) {
    const head = short.span.value.name;
    const named = bodiesNamedBy(head);
    const best = named[lastEndingBy(named, short.span.start)]?.cluster;
    resolved.push(best);
    if (best === undefined) continue;
    const forHead = votes.get(head) ?? new Map<Placed[], number>();
    forHead.set(best, (forHead.get(best) ?? 0) + 1);
    votes.set(head, forHead);
  }
  for (const [, forHead] of votes) {
    const winner = [...forHead.entries()].sort((a, b) => b[1] - a[1])[0];
    if (winner === undefined) continue;
    const [cluster] = winner;
    shortForms.forEach((short, i) => {
      if (resolved[i] === cluster) cluster.push(short);
    });
  }
}

const isNamedInFull = ({ span }: Placed): boolean => !isAcronymSource(span.value) && span.value.source !== 'short-form';

/** A name's count of mentions in one cluster, with the facts of its first. */
interface NameCount {
  readonly facts: NameFacts;
  count: number;
}

function toEntity(cluster: readonly Placed[]): Entity | null {
  const nonAcronym = cluster.filter(isNamedInFull);
  const type: EntityType = nonAcronym[0]?.span.value.type ?? 'organization';
  const names = new Map<string, NameCount>();
  for (const { facts } of cluster) {
    const name = facts.clean;
    if (name.length === 0) continue;
    const counted = names.get(name);
    if (counted === undefined) names.set(name, { facts, count: 1 });
    else counted.count++;
  }
  const canonical = canonicalName(type, nonAcronym, names);
  if (canonical === undefined) return null;
  const seen = new Set([comparable(canonical)]);
  const aliases: string[] = [];
  for (const [name, { facts }] of names) {
    const key = facts.comparable();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(name);
  }
  return { type, name: canonical, aliases, mentions: cluster.length };
}

function canonicalName(
  type: EntityType,
  nonAcronym: readonly Placed[],
  names: ReadonlyMap<string, NameCount>,
): string | undefined {
  // A place found by a cue ("the city of Daraa") has no gazetteer name: its own name is canonical.
  if (type === 'place')
    return (
      nonAcronym.find(({ span }) => span.value.known !== undefined)?.span.value.known ??
      nonAcronym.map(({ facts }) => facts.clean).find((name) => name.length > 0)
    );
  const candidates =
    type === 'person' || nonAcronym.length > 0 ? nonAcronym.map(({ facts }) => facts.clean) : [...names.keys()];
  const counts = (name: string): number => names.get(name)?.count ?? 0;
  const measure = (name: string): number => (type === 'person' ? name.split(/\s+/).length * 1000 : 0) + name.length;
  // Each candidate measured once, not at every comparison of the sort.
  const measured = [...new Set(candidates)].map((name) => ({ name, size: measure(name), count: counts(name) }));
  return measured.sort((a, b) => b.size - a.size || b.count - a.count)[0]?.name;
}

/** Names that the scorer would treat as one (case, punctuation). */
const comparable = remembered((name) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/**
 * "UNOCT Programme Review Board", "Programme Review Board of UNOCT" and "Programme Review Board" are one
 * body: the parent's acronym is optional.
 */
function withoutParentAcronym(mention: Mention): string | undefined {
  if (mention.type !== 'organization' || mention.source !== 'pattern') return undefined;
  // Neither acronym can be there when the name's second and last letters are lower case ASCII, as in most.
  const { name } = mention;
  if (isAsciiLower(name.charCodeAt(1)) && isAsciiLower(name.charCodeAt(name.length - 1))) return undefined;
  const stripped = name
    .replace(/^\p{Lu}[\p{Lu}\p{N}-]+\s+(?=\p{Lu}\p{Ll})/u, '')
    .replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{Lu}\p{N}-]+$/u, '');
  return stripped !== name && /\s/.test(stripped) ? stripped : undefined;
}

const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;

const knownOf = (cluster: readonly Placed[]): string | undefined =>
  cluster.find(({ span }) => span.value.known !== undefined)?.span.value.known;

/**
 * A body named in full once and shortened later ("Analytical Support and Sanctions Monitoring Team of the
 * ISIL and Al-Qaida Sanctions Committee" … "Monitoring Team"): a name of two or more words that ends, or
 * starts before the complement of, exactly one longer name of another group joins that group. Ambiguous
 * shortenings ("Working Group" with several working groups named) stay apart.
 */
function mergeShortenedNames(clusters: Placed[][]): Placed[][] {
  const alive = new Set(clusters);
  const namesOf = new Map<Placed[], string[]>();
  // Every shorter form a name has → the groups with that name: looked up, not compared with every group.
  const shortenedBy = new Map<string, Set<Placed[]>>();
  const index = (cluster: Placed[], long: string): void => {
    for (const short of shorteningsOf(long)) {
      const owners = shortenedBy.get(short);
      if (owners === undefined) shortenedBy.set(short, new Set([cluster]));
      else owners.add(cluster);
    }
  };
  const longestOf = new Map<Placed[], number>();
  // Only groups that name an organization in full can shorten or be shortened: the others (most) are skipped.
  const named: Placed[][] = [];
  for (const cluster of clusters) {
    let names: Set<string> | undefined;
    let longest = 0;
    for (const { span, facts } of cluster) {
      if (span.value.type !== 'organization' || isAcronymSource(span.value)) continue;
      names ??= new Set();
      names.add(facts.clean);
      longest = Math.max(longest, facts.clean.length);
    }
    if (names === undefined) continue;
    const unique = [...names];
    namesOf.set(cluster, unique);
    longestOf.set(cluster, longest);
    named.push(cluster);
    for (const name of unique) index(cluster, name);
  }
  const bySize = named.sort((a, b) => (longestOf.get(a) ?? 0) - (longestOf.get(b) ?? 0));
  for (const shorter of bySize) {
    if (shorter.some(({ span }) => span.value.type !== 'organization') || knownOf(shorter) !== undefined) continue;
    const shortNames = (namesOf.get(shorter) ?? []).filter((name) => name.includes(' '));
    if (shortNames.length === 0) continue;
    const targets = new Set<Placed[]>();
    for (const short of shortNames) {
      for (const other of shortenedBy.get(short) ?? []) {
        if (other !== shorter && alive.has(other) && other[0]?.span.value.type === 'organization') targets.add(other);
      }
    }
    const [target] = targets;
    if (targets.size !== 1 || target === undefined) continue;
    target.push(...shorter);
    namesOf.get(target)?.push(...shortNames);
    for (const short of shortNames) index(target, short);
    alive.delete(shorter);
  }
  return clusters.filter((cluster) => alive.has(cluster));
}

/**
 * The names a longer name is shortened to: "Monitoring Team" from "… Monitoring Team" and from
 * "Monitoring Team of the …" (also after "for", "on").
 */
// Remembered: the same shorter strings each time are hashed once, not on every look-up by each document.
const shorteningsOf = remembered((long: string): readonly string[] => {
  const shorter: string[] = [];
  for (let space = long.indexOf(' '); space >= 0; space = long.indexOf(' ', space + 1)) {
    shorter.push(long.slice(space + 1));
    if (long.startsWith(' of ', space) || long.startsWith(' for ', space) || long.startsWith(' on ', space))
      shorter.push(long.slice(0, space));
  }
  return shorter;
});

/**
 * Whether an acronym in brackets can stand for the name before it: its first letter starts a word of the
 * name, and a known acronym is not pinned on another known body ("United Nations (CNN)" is a dateline).
 */
function canAbbreviate(acronym: NameFacts, named: Mention): boolean {
  const initials = new Set(named.name.split(/[\s/-]+/).map((word) => word.charAt(0).toUpperCase()));
  if (!initials.has(acronym.name.charAt(0).toUpperCase())) return false;
  const known = acronym.knownOrganization()?.canonical;
  const namedKnown = named.known ?? knownOrganization(named.name)?.canonical;
  return known === undefined || namedKnown === undefined || known === namedKnown;
}

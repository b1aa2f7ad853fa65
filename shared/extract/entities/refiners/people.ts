import { spanAt } from '../../run.js';
import type { Refiner, Span } from '../../types.js';
import { isClassBefore, wordPart } from '../characters.js';
import type { Mention } from '../mention.js';
import { isNameWord, nameWord } from '../person-names.js';
import { isOrdinaryWord } from '../text-words.js';

const precedingNameWord = new RegExp(`(${nameWord})[ \\t]$`, 'u');

/**
 * Every occurrence of a known person's surname becomes a mention, widened to the first names written
 * before it ("UN Counter-Terrorism Office Vladimir Voronkov" → "Vladimir Voronkov").
 *
 * @example
 * // after "Mr. Vladimir Voronkov", the later "Voronkov said" is the same person
 */
export const surnameMentionsRefiner: Refiner<Mention> = {
  name: 'surname-mentions',
  refine(ctx, spans) {
    const surnames = new Set<string>();
    for (const span of spans) {
      if (span.value.type !== 'person') continue;
      const surname = span.value.name.split(/\s+/).pop();
      if (surname !== undefined && surname.length > 1) surnames.add(surname);
    }
    if (surnames.size === 0) return spans;
    const escaped = [...surnames].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // No look-behind before the names: one would be tried at every position of the text. It is checked
    // for each match instead, and a match that fails it is searched again one code point on, as the
    // look-behind would have had it.
    const pattern = new RegExp(`(?:${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}-])`, 'gu');
    const added: Span<Mention>[] = [];
    for (let match = pattern.exec(ctx.text); match !== null; match = pattern.exec(ctx.text)) {
      if (isClassBefore(ctx.text, match.index, wordPart)) {
        pattern.lastIndex = match.index + ((ctx.text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
        continue;
      }
      let start = match.index;
      // A surname in capitals ("SMITHSON", from a speaker label) never takes the mixed-case word before it.
      const inCapitals = !/\p{Ll}/u.test(match[0]);
      for (let words = 0; words < 3 && !inCapitals; words++) {
        const before = precedingNameWord.exec(ctx.text.slice(Math.max(0, start - 40), start));
        const word = before?.[1];
        // A possessive owns the name, it is not part of it: "CNN's Richard Roth", "Syria's Bashar al-Assad".
        if (word === undefined || /['’]s$/.test(word)) break;
        const wordStart = start - word.length - 1;
        if (!isNameWord(ctx.text, wordStart, word) || isOrdinaryWord(ctx.text, word)) break;
        start = wordStart;
      }
      const end = match.index + match[0].length;
      added.push(spanAt(ctx, start, end, { type: 'person', source: 'surname', name: ctx.text.slice(start, end) }));
    }
    return [...spans, ...added];
  },
};

/**
 * An organization phrase that runs into a person's name loses the name: "UN Counter-Terrorism Office
 * Vladimir Voronkov" → "UN Counter-Terrorism Office".
 *
 * @example
 * // org "Office Vladimir Voronkov" + person "Vladimir Voronkov" → org "Office" (then dropped as too short)
 */
export const trimOrganizationsAtPeopleRefiner: Refiner<Mention> = {
  name: 'trim-organizations-at-people',
  refine(ctx, spans) {
    const people = spans.filter((span) => span.value.type === 'person');
    const dropped = new Set<Span<Mention>>();
    const trimmed = spans.flatMap((span) => {
      if (span.value.source !== 'pattern') return [span];
      const inside = people.filter((p) => p.start > span.start && p.start < span.end);
      const person = inside.sort((a, b) => a.start - b.start)[0];
      if (person === undefined) return [span];
      const kept = ctx.text.slice(span.start, person.start).replace(/[\s,]+$/, '');
      if (isWeakCue(person.value) && complementStarts.test(` ${kept} `)) {
        for (const p of inside) if (isWeakCue(p.value)) dropped.add(p);
        return [span];
      }
      if (!/\s/.test(kept)) return [];
      return [spanAt(ctx, span.start, span.start + kept.length, { ...span.value, name: kept })];
    });
    return trimmed.filter((span) => !dropped.has(span));
  },
};

/** A connector before the name: "Bulan Institute for Peace Innovations" ends in a complement, not a person. */
const complementStarts = /\s(?:of|for|on|in|to|and|the|against)\s/;
const isWeakCue = (mention: Mention): boolean => mention.source === 'speech' || mention.source === 'surname';

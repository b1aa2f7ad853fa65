import { spanAt } from '../../run.js';
import type { Refiner, Span } from '../../types.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';

/**
 * A known organization that ends the name of a body of it is named too: "the Secretariat of the African
 * Union" is a body, and the African Union an organization of its own. Runs after the overlaps are
 * resolved, over the organizations kept: the known name after their last " of " or " of the ", when it
 * reaches their end.
 *
 * @example
 * // "the Anti-Terrorism Centre of the Commonwealth of Independent States" → also "Commonwealth of Independent States"
 */
export const nestedOrganizationRefiner: Refiner<Mention> = {
  name: 'nested-organizations',
  refine(ctx, spans) {
    const nested: Span<Mention>[] = [];
    for (const span of spans) {
      if (span.value.type !== 'organization') continue;
      const found = /[ \t]of[ \t]+(?:the[ \t]+)?(?=\p{Lu})/u.exec(span.text);
      if (found === null) continue;
      const start = span.start + found.index + found[0].length;
      const known = longestKnownName(ctx.text, start);
      if (known === null || known.end !== span.end || known.entity.type !== 'organization') continue;
      nested.push(
        spanAt(ctx, start, known.end, {
          type: 'organization',
          source: 'gazetteer',
          name: ctx.text.slice(start, known.end),
          known: known.entity.canonical,
        }),
      );
    }
    return nested.length === 0 ? spans : spans.concat(nested);
  },
};

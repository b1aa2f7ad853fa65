import { spanAt } from '../../run.js';
import type { Refiner, Span } from '../../types.js';
import { organizationHeads } from '../data/words.js';
import { knownOrganization, longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';

/**
 * Verbs of resolutions, which old and OCR'd texts print in capitals right after the body's name ("the
 * General Assembly PROCLAIMS …", "the Council DECIDES …"): stems of the operative and preambular verbs
 * of the UN editorial manual, read with "S", "ES", "D", "ED" or "ING" after them.
 */
const shoutedVerb =
  /^(?:PROCLAIM|DECIDE|REQUEST|URGE|CALL|ADOPT|RECOMMEND|INVITE|ENCOURAGE|WELCOME|NOTE|NOT|RECOGNIZE|RECOGNISE|REAFFIRM|AFFIRM|DECLARE|CONDEMN|APPROVE|EXPRESS|EMPHASIZE|EMPHASISE|STRESS|ENDORSE|AUTHORIZE|AUTHORISE|DEMAND|CONSIDER|RECALL|APPEAL|ACCEPT|ACKNOWLEDGE|AGREE|REITERATE|RESOLVE|APPOINT|ESTABLISH|SUPPORT|COMMEND|DEPLORE|REGRET|BEAR|HAV|BEARING|MINDFUL|DESIR|CONVINC|RECOGNIZ|EMPHASIZ|AUTHORIZ)(?:S|ES|D|ED|ING|E)?$/;

/** Portfolio words after "Minister of": "Minister of Interior and Police" names a post, not a body. */
const portfolioBefore =
  /(?:^|[^\p{L}])(?:Minister|Ministers|Secretary|Secretaries)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$/u;
/** An indefinite article before a name: "without reference to a Main Committee" names no particular one. */
const indefiniteBefore = /(?:^|[^\p{L}])(?:a|an|A|An)[ \t]+$/u;

/**
 * Bounds of organizations found by the head-noun pattern, checked against what surrounds them:
 * - an all-capital resolution verb glued to the name's end is cut off, and is no acronym of its own;
 * - a name after "Minister of" / "Secretary for" is the minister's portfolio, not an organization;
 * - a name after an indefinite article ("a Main Committee") names no particular body;
 * - a known place followed by a connector and no head noun ("Russian Federation against Ukraine") is
 *   the place, not an organization;
 * - a known name that holds "of" and runs on with another "of" ("Council of Europe of the Register …")
 *   ends where the known name ends.
 *
 * @example
 * // "the General Assembly PROCLAIMS this" → organization "General Assembly"
 */
export const patternBoundsRefiner: Refiner<Mention> = {
  name: 'pattern-bounds',
  refine(ctx, spans) {
    const kept: Span<Mention>[] = [];
    for (const span of spans) {
      if (span.value.type !== 'organization' || (span.value.source !== 'pattern' && span.value.source !== 'acronym')) {
        kept.push(span);
        continue;
      }
      const bounded = boundedSpan(ctx.text, span);
      if (bounded === null) continue;
      kept.push(
        bounded === span.end
          ? span
          : spanAt(ctx, span.start, bounded, {
              type: 'organization',
              source: 'pattern',
              name: ctx.text.slice(span.start, bounded),
            }),
      );
    }
    return kept;
  },
};

/** The end the span keeps, or null when it is no organization. */
function boundedSpan(text: string, span: Span<Mention>): number | null {
  const words = span.text.split(/[ \t]+/);
  if (words.length === 1) return shoutedVerb.test(span.text) ? null : span.end;
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  const isKnown = knownOrganization(span.text) !== undefined;
  if (!isKnown && (portfolioBefore.test(before) || indefiniteBefore.test(before))) return null;
  const last = words[words.length - 1] as string;
  if (shoutedVerb.test(last)) return span.start + span.text.lastIndexOf(last) - 1;
  const known = longestKnownName(text, span.start);
  if (known === null || known.end >= span.end) return span.end;
  const rest = text.slice(known.end, span.end);
  if (known.entity.type === 'place') {
    const connected = /^[ \t]+(?:against|and|to|while|on|in)[ \t]/.test(rest);
    const restHasHead = rest.split(/[ \t]+/).some((word) => organizationHeads.has(word));
    return connected && !restHasHead ? null : span.end;
  }
  const knownText = text.slice(span.start, known.end);
  if (known.entity.type === 'organization' && / of /.test(knownText) && /^[ \t]+of[ \t]/.test(rest)) return known.end;
  return span.end;
}

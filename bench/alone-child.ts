/**
 * Runs in its own plain `node` process (bundled by alone.ts): Docket's extract() with no other
 * engine in the heap, over the same texts as the side-by-side run. Prints a `RESULT {json}` line.
 */
import { readFileSync } from 'node:fs';
import type { DocumentHints } from '../shared/extract/document/index.js';
import { extract } from '../shared/extract/pipeline.js';

interface ChildText {
  readonly name: string;
  readonly text: string;
  readonly hints: DocumentHints;
  readonly bytes: number;
}

const [file, largeName, roundsArgument] = process.argv.slice(2);
if (!file || !largeName) throw new Error('usage: alone-child <texts.json> <large text name> [rounds]');
const texts = JSON.parse(readFileSync(file, 'utf8')) as ChildText[];
const rounds = Number(roundsArgument ?? 5);
const timeMs = (work: () => void) => {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
let entities = 0;
const everyText = () => {
  for (const { text, hints } of texts) entities += extract(text, hints).entities.length;
};
// Warmed as the side-by-side run warms its engines (extraction.ts): passes over every text for 3 s.
const warmUpStart = process.hrtime.bigint();
do everyText();
while (Number(process.hrtime.bigint() - warmUpStart) / 1e6 < 3000);
const roundMs = Array.from({ length: rounds }, () => timeMs(everyText));
const large = texts.find((text) => text.name === largeName);
const largeMs = large ? Array.from({ length: 15 }, () => timeMs(() => extract(large.text, large.hints))) : [];
const bytes = texts.reduce((total, text) => total + text.bytes, 0);
console.log(
  `RESULT ${JSON.stringify({
    kbPerSecond: bytes / 1024 / (median(roundMs) / 1000),
    largeMedianMs: large ? median(largeMs) : null,
    largeMinMs: large ? Math.min(...largeMs) : null,
    entities,
  })}`,
);

/**
 * Runs in its own `node --expose-gc --trace-gc` process (bundled by memory.ts): extracts every
 * text of one size class three times and prints its memory figures as a `RESULT {json}` line. The
 * parent reads the heap sizes V8 reports before each collection from the --trace-gc lines.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../shared/extract/pipeline.js';

interface ChildText {
  readonly name: string;
  readonly text: string;
}

const file = process.argv[2];
if (!file) throw new Error('usage: memory-child <texts.json>');
const texts = JSON.parse(readFileSync(file, 'utf8')) as ChildText[];
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const baseline = process.memoryUsage();
let peakHeapUsed = baseline.heapUsed;
let items = 0;
for (let pass = 0; pass < 3; pass++) {
  for (const { name, text } of texts) {
    const record = extract(text, { filename: name });
    items += record.entities.length;
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  }
}
const end = process.memoryUsage();
console.log(
  `RESULT ${JSON.stringify({
    baselineHeapUsed: baseline.heapUsed,
    baselineRss: baseline.rss,
    sampledPeakHeapUsed: peakHeapUsed,
    endHeapTotal: end.heapTotal,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    items,
  })}`,
);

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleChildScript } from './child-script.js';
import { round } from './stats.js';
import type { BenchText } from './texts.js';

const run = promisify(execFile);

export interface SizeClass {
  readonly name: string;
  readonly maxBytes: number;
}

export const SIZE_CLASSES: readonly SizeClass[] = [
  { name: '≤ 8 KB (press release)', maxBytes: 8 * 1024 },
  { name: '8–32 KB', maxBytes: 32 * 1024 },
  { name: '32–100 KB', maxBytes: 100 * 1024 },
  { name: '> 100 KB (report)', maxBytes: Number.POSITIVE_INFINITY },
];

export interface MemoryResult {
  readonly sizeClass: string;
  readonly documents: number;
  readonly largestBytes: number;
  /** Heap in use after loading the extractor, before any document. */
  readonly baselineHeapMb: number;
  /** Highest heap in use seen: V8's size before each collection (--trace-gc) or after each document. */
  readonly peakHeapMb: number;
  readonly baselineRssMb: number;
  /** The process's maximum resident set size (getrusage). */
  readonly peakRssMb: number;
}

/**
 * One fresh process per size class, so each class's peak is its own and not the leftovers of
 * the class before. The extractor is bundled with esbuild and run by plain node: no TypeScript
 * loader in the measured process.
 */
export async function benchMemory(texts: readonly BenchText[], workDirectory: string): Promise<MemoryResult[]> {
  const script = await bundleChildScript('memory-child.ts', workDirectory);
  const results: MemoryResult[] = [];
  let lower = 0;
  for (const sizeClass of SIZE_CLASSES) {
    const members = texts.filter((text) => text.bytes > lower && text.bytes <= sizeClass.maxBytes);
    lower = sizeClass.maxBytes;
    if (members.length === 0) continue;
    const input = join(workDirectory, `texts-${results.length}.json`);
    await writeFile(input, JSON.stringify(members.map(({ name, text }) => ({ name, text }))));
    const { stdout } = await run(process.execPath, ['--expose-gc', '--trace-gc', script, input], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const resultLine = stdout.split('\n').find((line) => line.startsWith('RESULT '));
    if (!resultLine) throw new Error(`the memory child printed no result for ${sizeClass.name}`);
    const child = JSON.parse(resultLine.slice('RESULT '.length)) as {
      baselineHeapUsed: number;
      baselineRss: number;
      sampledPeakHeapUsed: number;
      maxRssBytes: number;
    };
    // "Scavenge 4.1 (5.4) -> 3.6 (6.4) MB": the first figure is the heap in use before the collection.
    const beforeCollections = [
      ...stdout.matchAll(/: (?:Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep)[^\d]*([\d.]+) \(/g),
    ].map((match) => Number(match[1]) * 1024 * 1024);
    const mib = (bytes: number) => round(bytes / (1024 * 1024), 1);
    results.push({
      sizeClass: sizeClass.name,
      documents: members.length,
      largestBytes: Math.max(...members.map((member) => member.bytes)),
      baselineHeapMb: mib(child.baselineHeapUsed),
      peakHeapMb: mib(Math.max(child.sampledPeakHeapUsed, ...beforeCollections)),
      baselineRssMb: mib(child.baselineRss),
      peakRssMb: mib(child.maxRssBytes),
    });
  }
  return results;
}

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleChildScript } from './child-script.js';
import { round } from './stats.js';
import type { BenchText } from './texts.js';

const run = promisify(execFile);

export interface AloneResult {
  readonly documents: number;
  readonly bytes: number;
  /** Median over the rounds of every text once. */
  readonly kbPerSecond: number;
  readonly largeName: string;
  readonly largeMedianMs: number | null;
  readonly largeMinMs: number | null;
}

/**
 * Docket alone in a fresh process, on the same texts: the side-by-side run shares one heap with
 * compromise, whose garbage brings full collections into Docket's runs, and V8 throws away
 * optimized code after them. A Lambda running Docket alone sees this figure, not that one.
 */
export async function benchAlone(
  texts: readonly BenchText[],
  largeName: string,
  workDirectory: string,
  rounds: number,
): Promise<AloneResult> {
  const script = await bundleChildScript('alone-child.ts', workDirectory);
  const input = join(workDirectory, 'alone-texts.json');
  await writeFile(input, JSON.stringify(texts));
  const { stdout } = await run(process.execPath, [script, input, largeName, String(rounds)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const resultLine = stdout.split('\n').find((line) => line.startsWith('RESULT '));
  if (!resultLine) throw new Error('the alone child printed no result');
  const child = JSON.parse(resultLine.slice('RESULT '.length)) as {
    kbPerSecond: number;
    largeMedianMs: number | null;
    largeMinMs: number | null;
  };
  return {
    documents: texts.length,
    bytes: texts.reduce((total, text) => total + text.bytes, 0),
    kbPerSecond: round(child.kbPerSecond, 1),
    largeName,
    largeMedianMs: child.largeMedianMs === null ? null : round(child.largeMedianMs, 2),
    largeMinMs: child.largeMinMs === null ? null : round(child.largeMinMs, 2),
  };
}

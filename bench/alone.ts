import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
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
  await mkdir(workDirectory, { recursive: true });
  const script = join(workDirectory, 'alone-child.mjs');
  await build({
    entryPoints: [new URL('./alone-child.ts', import.meta.url).pathname],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);",
    },
  });
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

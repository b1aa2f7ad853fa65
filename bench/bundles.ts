import { execFile } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../infra/bundle-options.js';
import { median, round, sum } from './stats.js';

const run = promisify(execFile);

/** The three Lambda functions, with the source-map setting each construct gives them. */
export const FUNCTIONS = [
  { name: 'ingest', entry: 'functions/ingest/handler.ts', sourceMap: false },
  { name: 'api', entry: 'functions/api/handler.ts', sourceMap: true },
  { name: 'reprocess', entry: 'functions/reprocess/handler.ts', sourceMap: true },
] as const;

export interface BundleResult {
  readonly function: string;
  /** The minified bundle as deployed: the entry and every chunk, without .map files (Lambda reads those only for stack traces). */
  readonly bytes: number;
  /** The entry alone: what a cold start reads (chunks load on the first `import()` that needs them). */
  readonly entryBytes: number;
  /** Chunks by name, loaded on demand (pdf.js, the HTML reader). */
  readonly chunks: { name: string; bytes: number }[];
  readonly sourceMapBytes: number | null;
  /** Median over fresh processes of the time to import the bundle (module evaluation and top-level code). */
  readonly coldInitMedianMs: number;
  readonly coldInitMinMs: number;
  readonly coldInitMaxMs: number;
  readonly processes: number;
  /** The external AWS SDK packages the bundle imports at load time, and the median cold import of those alone: the share of init that is the SDK. */
  readonly externals: string[];
  readonly externalsColdImportMedianMs: number;
  /** What the bundle is made of: bytes in the output by package (or Docket's own folder), largest first. */
  readonly largestParts: { part: string; bytes: number }[];
}

/** Dummy configuration: enough for the handlers' top-level code (clients, environment schema) to run. */
const DUMMY_ENVIRONMENT = {
  TABLE_NAME: 'docket-bench',
  BUCKET_NAME: 'docket-bench',
  INGEST_PREFIX: 'incoming/',
  QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/docket-bench',
  CURSOR_SECRET: 'docket-bench-cursor-secret-0000',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  POWERTOOLS_SERVICE_NAME: 'docket-bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Docket',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
  POWERTOOLS_METRICS_DISABLED: 'true',
};

/**
 * Bundles each handler with the very options the CDK asset uses (infra/bundle-options.ts: ESM,
 * node22, minified, split into chunks, @aws-sdk/* external as the Node 22 runtime provides it),
 * then imports each bundle's entry in `processes` fresh node processes. The bundles go in a folder inside the
 * repository so that the external @aws-sdk/* resolve from node_modules, as they resolve from the
 * runtime on Lambda.
 */
export async function benchBundles(workDirectory: string, processes: number): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const fn of FUNCTIONS) {
    const outdir = join(workDirectory, 'bundles', fn.name);
    await rm(outdir, { recursive: true, force: true });
    await mkdir(outdir, { recursive: true });
    const outfile = join(outdir, 'index.mjs');
    const built = await build(lambdaBuildOptions({ entry: fn.entry, outdir, sourceMap: fn.sourceMap }));
    const outputs = Object.entries(built.metafile.outputs).map(([file, output]) => ({ file, bytes: output.bytes }));
    const code = outputs.filter((output) => output.file.endsWith('.mjs'));
    const bytes = sum(code.map((output) => output.bytes));
    const entryBytes = (await stat(outfile)).size;
    const chunks = code
      .filter((output) => output.file.includes('/chunks/'))
      .map((output) => ({ name: basename(output.file), bytes: output.bytes }))
      .sort((a, b) => b.bytes - a.bytes);
    const sourceMapBytes = fn.sourceMap
      ? sum(outputs.filter((output) => output.file.endsWith('.map')).map((output) => output.bytes))
      : null;
    const externals = [
      ...new Set(
        Object.values(built.metafile.outputs).flatMap((output) =>
          output.imports
            // Static imports only: a dynamic import() (the SQS client, loaded on first send) is not part of init.
            .filter(
              (entry) => entry.external && entry.kind === 'import-statement' && entry.path.startsWith('@aws-sdk/'),
            )
            .map((entry) => entry.path),
        ),
      ),
    ].sort();
    const parts = new Map<string, number>();
    for (const output of Object.values(built.metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const part = partOf(input);
        parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
      }
    }
    const largestParts = [...parts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([part, partBytes]) => ({ part, bytes: partBytes }));
    const times: number[] = [];
    const sdkTimes: number[] = [];
    for (let attempt = 0; attempt < processes; attempt++) {
      times.push(await coldImportMs([outfile], outdir));
      sdkTimes.push(await coldImportMs(externals, outdir));
    }
    results.push({
      function: fn.name,
      bytes,
      entryBytes,
      chunks,
      sourceMapBytes,
      coldInitMedianMs: round(median(times), 1),
      coldInitMinMs: round(Math.min(...times), 1),
      coldInitMaxMs: round(Math.max(...times), 1),
      processes,
      externals,
      externalsColdImportMedianMs: round(median(sdkTimes), 1),
      largestParts,
    });
  }
  return results;
}

/** Time from just before the `import()`s to their end, in a new node process started in `directory`. */
async function coldImportMs(specifiers: readonly string[], directory: string): Promise<number> {
  const imports = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(' ');
  const script = `const t = performance.now(); ${imports} console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: directory,
    env: { PATH: process.env.PATH ?? '', ...DUMMY_ENVIRONMENT },
  });
  return Number(stdout.trim().split('\n').at(-1));
}

/** `node_modules/pdfjs-dist/legacy/...` → `pdfjs-dist`; `shared/extract/entities/x.ts` → `shared/extract`. */
function partOf(input: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (dependency) return dependency[1] as string;
  return input.split('/').slice(0, 2).join('/');
}

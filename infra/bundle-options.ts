import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root: entries, the lock file and esbuild are resolved from here. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * ESM bundles still meet CommonJS dependencies (pdf-parse, natural, parts of Powertools) that call
 * `require` for Node built-ins; esbuild's ESM output has no `require`, so one is created up front.
 */
export const CREATE_REQUIRE_BANNER =
  "import { createRequire as __docketCreateRequire } from 'node:module'; const require = __docketCreateRequire(import.meta.url);";

/**
 * Modules swapped at bundling time, saving 260 KB of the ingest bundle:
 * - linkedom imports cssomnom's stylesheet parser (200 KB) for `<style>.sheet`, which nothing in
 *   Docket reads; the stand-in throws if that changes.
 * - linkedom takes only `Parser` from htmlparser2, but through a namespace import that keeps the
 *   whole package: its DOM utilities, a serializer and a second copy of the HTML entity tables.
 *   The alias points it at the module that defines `Parser`.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  'cssomnom/parse': path.join(PROJECT_ROOT, 'shared/parse/shims/no-stylesheet-parser.ts'),
  htmlparser2: path.join(path.dirname(fileURLToPath(import.meta.resolve('htmlparser2'))), 'Parser.js'),
};

export interface LambdaBundleRequest {
  /** Entry file relative to the repository root, e.g. `functions/ingest/handler.ts`. */
  readonly entry: string;
  /** Where `index.mjs` and its chunks go. */
  readonly outdir: string;
  readonly sourceMap: boolean;
}

/**
 * The esbuild options of every Lambda bundle, for the CDK asset and for `npm run bench` alike, so
 * that the bench measures what is deployed. ESM with code splitting: modules loaded by `import()`
 * (pdf.js, the HTML reader) become chunks that a cold start never reads unless a document needs
 * them. `@aws-sdk/*` stays external: the Node 22 runtime ships AWS SDK v3.
 */
export function lambdaBuildOptions(request: LambdaBundleRequest): BuildOptions & { metafile: true } {
  return {
    entryPoints: { index: path.join(PROJECT_ROOT, request.entry) },
    outdir: request.outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    banner: { js: CREATE_REQUIRE_BANNER },
    minify: true,
    sourcemap: request.sourceMap,
    sourcesContent: false,
    charset: 'utf8',
    external: ['@aws-sdk/*'],
    alias: { ...BUNDLE_ALIASES },
    metafile: true,
    logLevel: 'error',
  };
}

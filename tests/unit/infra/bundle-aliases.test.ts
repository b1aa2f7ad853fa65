import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ALIASES, CREATE_REQUIRE_BANNER, PROJECT_ROOT } from '../../../infra/bundle-options.js';
import type { toDocumentText as ToDocumentText } from '../../../shared/parse/index.js';

/** The parse stage bundled the way the Lambda functions are, stand-ins included. */
let bundled: { toDocumentText: typeof ToDocumentText };
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'docket-bundle-'));
  const outfile = join(directory, 'parse.mjs');
  const result = await build({
    entryPoints: [join(PROJECT_ROOT, 'shared/parse/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    banner: { js: CREATE_REQUIRE_BANNER },
    alias: { ...BUNDLE_ALIASES },
    metafile: true,
    logLevel: 'error',
  });
  bundled = { toDocumentText: (await import(pathToFileURL(outfile).href)).toDocumentText };
  const inputs = Object.keys(result.metafile.inputs);
  // Neither the stylesheet parser nor htmlparser2's own DOM utilities and serializer are bundled.
  expect(inputs.filter((input) => /cssomnom|htmlparser2\/node_modules\/(domutils|dom-serializer)/.test(input))).toEqual(
    [],
  );
}, 60_000);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('bundle stand-ins', () => {
  it('leave HTML with style sheets readable: nothing in the parse stage reads a sheet', async () => {
    // Prepare
    const html = [
      '<html><head><title>Council meets</title><style>p { color: red } .nav { display: none }</style></head>',
      '<body><nav class="nav">Home | News</nav><article><h1>Council meets</h1>',
      `<p>${'The Security Council met on 3 March 2025 to discuss the situation in Libya. '.repeat(8)}</p>`,
      '<style>.late { margin: 0 }</style><p>It adopted resolution 2769 (2025).</p></article></body></html>',
    ].join('');
    // Act
    const { text, format } = await bundled.toDocumentText(new TextEncoder().encode(html), { filename: 'page.html' });
    // Assert
    expect(format).toBe('html');
    expect(text).toContain('It adopted resolution 2769 (2025).');
    expect(text).not.toContain('color: red');
    // Readability ran to the end (a stand-in that threw would leave the whole page, navigation included).
    expect(text).not.toContain('Home | News');
  });
});

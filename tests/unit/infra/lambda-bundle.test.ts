import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../../infra/bundle-options.js';
import type { toDocumentText as ToDocumentText } from '../../../shared/parse/index.js';
import { buildPdf, column } from '../../support/pdf-builder.js';

/** The parse stage bundled exactly as the Lambda functions are: stand-ins, chunks and all. */
let toDocumentText: typeof ToDocumentText;
let inputs: string[];
let chunks: string[];
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'docket-bundle-'));
  const result = await build(
    lambdaBuildOptions({ entry: 'shared/parse/index.ts', outdir: directory, sourceMap: false }),
  );
  inputs = Object.keys(result.metafile.inputs);
  chunks = await readdir(join(directory, 'chunks'));
  toDocumentText = (await import(pathToFileURL(join(directory, 'index.mjs')).href)).toDocumentText;
}, 60_000);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('the Lambda bundle of the parse stage', () => {
  it('keeps pdf.js and the HTML reader in chunks of their own, loaded on demand', () => {
    expect(chunks.some((chunk) => chunk.startsWith('pdf-'))).toBe(true);
    expect(chunks.some((chunk) => chunk.startsWith('html-'))).toBe(true);
  });

  it('leaves out the stylesheet parser and htmlparser2 DOM utilities', () => {
    expect(
      inputs.filter((input) => /cssomnom|htmlparser2\/node_modules\/(domutils|dom-serializer)/.test(input)),
    ).toEqual([]);
  });

  it('reads a PDF through its chunk', async () => {
    // Prepare
    const page = column(72, 700, ['The Security Council met on 3 March 2025.', 'It adopted resolution 2769 (2025).']);
    // Act
    const { text, format } = await toDocumentText(buildPdf([page]), { filename: 'meeting.pdf' });
    // Assert
    expect(format).toBe('pdf');
    expect(text).toBe('The Security Council met on 3 March 2025.\nIt adopted resolution 2769 (2025).');
  });

  it('reads HTML with style sheets through Readability: nothing in the parse stage reads a sheet', async () => {
    // Prepare
    const html = [
      '<html><head><title>Council meets</title><style>p { color: red } .nav { display: none }</style></head>',
      '<body><nav class="nav">Home | News</nav><article><h1>Council meets</h1>',
      `<p>${'The Security Council met on 3 March 2025 to discuss the situation in Libya. '.repeat(8)}</p>`,
      '<style>.late { margin: 0 }</style><p>It adopted resolution 2769 (2025).</p></article></body></html>',
    ].join('');
    // Act
    const { text, format } = await toDocumentText(new TextEncoder().encode(html), { filename: 'page.html' });
    // Assert
    expect(format).toBe('html');
    expect(text).toContain('It adopted resolution 2769 (2025).');
    expect(text).not.toContain('color: red');
    // Readability ran to the end (a stand-in that threw would leave the whole page, navigation included).
    expect(text).not.toContain('Home | News');
  });
});

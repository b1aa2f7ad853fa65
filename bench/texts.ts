import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DocumentHints } from '../shared/extract/document/index.js';
import { toDocumentText } from '../shared/parse/index.js';

export interface BenchText {
  readonly name: string;
  readonly origin: 'seed' | 'corpus';
  readonly text: string;
  readonly hints: DocumentHints;
  /** UTF-8 size of the text (not of the file it came from): what the extractor reads. */
  readonly bytes: number;
}

export interface SkippedFile {
  readonly name: string;
  readonly reason: string;
}

/**
 * The seeds and, when the folder exists, the shared corpus turned into text the way ingest does
 * (toDocumentText). Corpus files are read in place at run time and never copied into the repository;
 * scanned PDFs without a text layer are skipped with their reason.
 */
export async function loadTexts(
  seedsDirectory: string,
  corpusDirectory: string,
  options: { includePdf: boolean },
): Promise<{ texts: BenchText[]; skipped: SkippedFile[]; corpusFound: boolean }> {
  const texts: BenchText[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of (await readdir(seedsDirectory)).filter((file) => file.endsWith('.txt')).sort()) {
    const text = await readFile(join(seedsDirectory, name), 'utf8');
    texts.push({ name, origin: 'seed', text, hints: { filename: name }, bytes: Buffer.byteLength(text) });
  }
  const corpusFound = existsSync(corpusDirectory);
  if (!corpusFound) return { texts, skipped, corpusFound };
  for (const name of (await readdir(corpusDirectory)).sort()) {
    if (name.startsWith('.') || name === 'SOURCES.md') continue;
    if (!options.includePdf && name.toLowerCase().endsWith('.pdf')) {
      skipped.push({ name, reason: 'PDF left out of the quick run' });
      continue;
    }
    try {
      const bytes = new Uint8Array(await readFile(join(corpusDirectory, name)));
      const parsed = await toDocumentText(bytes, { filename: name });
      texts.push({
        name,
        origin: 'corpus',
        text: parsed.text,
        hints: parsed.hints,
        bytes: Buffer.byteLength(parsed.text),
      });
    } catch (error) {
      skipped.push({ name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { texts, skipped, corpusFound };
}

/**
 * `loadTexts` run in a child process, so that the process measuring extraction holds no parser. Under
 * tsx, the loader's copy of pdf.js alone stays at about 200 MB of heap (7 MB when bundled, as deployed),
 * and every engine in a process that big runs its collections over it: measured, Docket's side-by-side
 * throughput was 20% lower with the PDFs read in the same process.
 */
export async function loadTextsApart(
  seedsDirectory: string,
  corpusDirectory: string,
  options: { includePdf: boolean; workDirectory: string },
): Promise<{ texts: BenchText[]; skipped: SkippedFile[]; corpusFound: boolean }> {
  await mkdir(options.workDirectory, { recursive: true });
  const output = join(options.workDirectory, 'texts.json');
  const child = new URL('./texts-child.ts', import.meta.url).pathname;
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', child, seedsDirectory, corpusDirectory, options.includePdf ? 'yes' : 'no', output],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(await readFile(output, 'utf8'));
}

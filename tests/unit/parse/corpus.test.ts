import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NeedsOcrError } from '../../../shared/errors.js';
import { toDocumentText } from '../../../shared/parse/index.js';

// The shared corpus lives beside the repository; it is read, never copied into the project.
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const file = (prefix: string) => {
  const name = existsSync(CORPUS) ? readdirSync(CORPUS).find((entry) => entry.startsWith(prefix)) : undefined;
  return name ? join(CORPUS, name) : null;
};
const read = (path: string) => new Uint8Array(readFileSync(path));

describe.skipIf(!existsSync(CORPUS))('shared corpus', () => {
  it('S/RES/2769 (2025) has its own symbol and Distr. date', async () => {
    const path = file('103_');
    if (!path) return;
    const { hints, text } = await toDocumentText(read(path), { filename: 'resolution.pdf' });
    expect(hints).toMatchObject({ symbol: 'S/RES/2769 (2025)', date: '2025-01-16' });
    expect(text).not.toMatch(/^\d+\/7$/m);
  });

  it('S/2025/72 has its own symbol and Distr. date, and no running lines', async () => {
    const path = file('100_');
    if (!path) return;
    const { hints, text } = await toDocumentText(read(path), { filename: 'report.pdf' });
    expect(hints).toMatchObject({ symbol: 'S/2025/72', date: '2025-01-31' });
    expect(text.match(/^S\/2025\/72$/gm)).toBeNull();
    expect(text).not.toMatch(/\d{2}-\d{5} \(E\)|^\d+\/15$/m);
  });

  it('the scans need OCR', async () => {
    for (const prefix of ['110_', '111_']) {
      const path = file(prefix);
      if (path) await expect(toDocumentText(read(path), { filename: 'scan.pdf' })).rejects.toThrow(NeedsOcrError);
    }
  });

  it('the HTML fragment keeps its table rows and the Markdown its front-matter title and date', async () => {
    const html = file('119_');
    if (html)
      expect((await toDocumentText(read(html), { filename: 'x.html' })).text).toMatch(/^S\/PV\.7599\t31 December\t/m);
    const md = file('118_');
    if (md) {
      const { hints } = await toDocumentText(read(md), { filename: 'x.md' });
      expect(hints.date).toBe('2021-03-18');
      expect(hints.title).toMatch(/^President Biden Hosts Virtual Gathering/);
    }
  });
});

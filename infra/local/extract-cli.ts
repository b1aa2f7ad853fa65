import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Command } from 'commander';
import { extractDocument } from '../../shared/ingest/extract-document.js';

const program = new Command('extract')
  .description('Extract records from files, offline: no emulators, no AWS')
  .argument('<files...>', 'documents to extract (PDF, HTML, Markdown, text)')
  .option('--out <dir>', 'write <dir>/<stem>.json per input instead of printing')
  .action(async (files: string[], options: { out?: string }) => {
    if (options.out) await mkdir(options.out, { recursive: true });
    let failures = 0;
    for (const file of files) {
      const bytes = await readFile(file);
      const record = await extractDocument(bytes, { filename: basename(file) });
      if (record.status === 'failed') failures++;
      const json = JSON.stringify(record, null, 2);
      if (options.out) {
        await writeFile(join(options.out, `${basename(file, extname(file))}.json`), `${json}\n`);
        console.error(`${basename(file)}: ${record.status}${record.error ? ` (${record.error})` : ''}`);
      } else {
        console.log(json);
      }
    }
    process.exitCode = failures > 0 ? 1 : 0;
  });

await program.parseAsync();

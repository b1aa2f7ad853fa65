/**
 * Runs in a process of its own (see `loadTextsApart`): reads the seeds and corpus into text and
 * writes them as JSON to the file named by its last argument.
 */
import { writeFile } from 'node:fs/promises';
import { loadTexts } from './texts.js';

const [seedsDirectory, corpusDirectory, includePdf, output] = process.argv.slice(2);
if (!seedsDirectory || !corpusDirectory || !output) {
  throw new Error('usage: texts-child <seeds> <corpus> <include pdf: yes|no> <output.json>');
}
const loaded = await loadTexts(seedsDirectory, corpusDirectory, { includePdf: includePdf === 'yes' });
await writeFile(output, JSON.stringify(loaded));

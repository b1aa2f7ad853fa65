import './dom-matrix-stub.js';
import { PDFParse } from 'pdf-parse';
// pdf.js looks for its worker on globalThis before importing `pdf.worker.mjs` from disk by a
// relative path, which does not exist next to a bundle. Importing it statically puts it in
// the bundle and runs it in this thread, which is what Node does anyway (no web workers).
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

export { PDFParse };

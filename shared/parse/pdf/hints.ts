import type { DocumentHints } from '../../extract/document/index.js';
import type { TextLine } from './layout-types.js';

export function pdfHints(
  _rows: readonly (readonly TextLine[])[],
  _info: Readonly<Record<string, unknown>>,
): DocumentHints {
  return {};
}

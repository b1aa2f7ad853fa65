import { isSpaceOrTabCode } from '../char-codes.js';
import { forLastText } from './last-text.js';
import { offsetsOf } from './starting-at.js';

/**
 * The offsets of the last text's commas followed by a space or tab (see forLastText), where an
 * appositive or a list of names may follow: found once with indexOf for the parsers that read from
 * them. One match object per comma, or one indexOf pass per parser, cost more than the checks after.
 */
export const commasBeforeSpace: (text: string) => readonly number[] = forLastText((text) => {
  return offsetsOf(text, ',').filter((comma) => isSpaceOrTabCode(text.charCodeAt(comma + 1)));
});

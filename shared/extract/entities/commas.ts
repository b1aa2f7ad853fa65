import { forLastText } from './last-text.js';

/**
 * The offsets of the last text's commas followed by a space or tab (see forLastText), where an
 * appositive or a list of names may follow: found once with indexOf for the parsers that read from
 * them. One match object per comma, or one indexOf pass per parser, cost more than the checks after.
 */
export const commasBeforeSpace: (text: string) => readonly number[] = forLastText((text) => {
  const commas: number[] = [];
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const after = text.charCodeAt(comma + 1);
    if (after === 32 || after === 9) commas.push(comma);
  }
  return commas;
});

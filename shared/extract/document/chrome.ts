/**
 * Lines around a title that are not the title: UN masthead lines (organ, "Distr.", job numbers,
 * session and agenda lines), site labels ("Press Release"), weather and date lines, metadata.
 */
const monthWords =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const weekdayWords = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

const chromePatterns: readonly RegExp[] = [
  /^[^A-Za-z]*$/,
  /^(?:united nations|nations unies|general assembly|security council|economic and social council|human rights council|official records|accessible document|please recycle|original: \w+|distr\.?:?.*|[\w\s]*\bdistr\.: \w+)$/i,
  /^accessible document\b|^united nations\b.*\bnations unies\b/i,
  /^-- \d+ of \d+ --$/,
  /^\d+(?:st|nd|rd|th) (?:plenary )?meeting$/i,
  /^(?:united nations\s+)?[A-Z]{1,6}\/\S+(?:\s+\(.*\))?\**$/,
  /^(?:[\w-]+ )?session$|^(?:agenda )?items? \d+.*$|^agenda item \d+.*$/i,
  /^(?:GE\.)?\d{2}-\d{5}.*$/,
  /^(?:press releases?|news|statement|meeting report|media advisory|note to correspondents|for immediate release|feature|story|home|menu|print|share|search|skip to (?:main )?content)$/i,
  /^-?\d+(?:\.\d+)?\s*°?\s*[FC]$/,
  new RegExp(
    `^(?:${weekdayWords},?\\s*)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${monthWords})\\.?\\s*(?:\\d{1,2},?\\s*)?\\d{4}(?:,\\s*[\\w\\s.]{0,30}|\\s*[,–-]\\s*\\d.*)?$`,
    'i',
  ),
  /^\d{4}-\d{2}-\d{2}(?:[ T].*)?$/,
  /^(?:date|published|updated|source|tags|by)\b[:\s].{0,80}$/i,
];

export function isChromeLine(line: string): boolean {
  return chromePatterns.some((pattern) => pattern.test(line));
}

/** A place-and-name line such as "Washington D.C.": too short to be a headline. */
export function isTooShortForTitle(line: string): boolean {
  return line.split(/\s+/).length < 4;
}

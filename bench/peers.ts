import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { DocumentHints } from '../shared/extract/document/index.js';
import { extract } from '../shared/extract/pipeline.js';

nlp.plugin(datesPlugin);

/** One extractor under test: takes a text, returns how many items it found (kept so nothing is optimised away). */
export interface Engine {
  readonly name: string;
  readonly description: string;
  run(text: string, hints: DocumentHints): number;
}

/** The date-capable view of compromise once the dates plugin is loaded (its types do not say so). */
interface CompromiseView {
  dates(): { json(): unknown[] };
  people(): { json(): unknown[] };
  places(): { json(): unknown[] };
  organizations(): { json(): unknown[] };
  money(): { json(): unknown[] };
}

export const docket: Engine = {
  name: 'docket',
  description: 'extract(): clean, dates, resolutions, document refs, figures, entities, summary',
  run: (text, hints) => {
    const record = extract(text, hints);
    return record.dates.length + record.entities.length + record.figures.length + record.resolutions.length;
  },
};

/** What a JavaScript user reaches for to get dates and named entities: compromise with compromise-dates. */
export const compromise: Engine = {
  name: 'compromise',
  description: 'compromise 14 + compromise-dates: nlp(text) then dates, people, places, organizations, money',
  run: (text) => {
    const view = nlp(text) as unknown as CompromiseView;
    return (
      view.dates().json().length +
      view.people().json().length +
      view.places().json().length +
      view.organizations().json().length +
      view.money().json().length
    );
  },
};

/** The reference date parser, dates only. */
export const chronoNode: Engine = {
  name: 'chrono-node',
  description: 'chrono-node 2: chrono.parse(text) (dates only)',
  run: (text) => chrono.parse(text).length,
};

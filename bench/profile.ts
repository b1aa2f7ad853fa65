import { Session } from 'node:inspector/promises';
import { cleanText } from '../shared/extract/clean/index.js';
import { extractDates, findDocumentDate } from '../shared/extract/dates/index.js';
import type { DocumentHints } from '../shared/extract/document/index.js';
import { extractDocumentInfo } from '../shared/extract/document/index.js';
import { findOwnSymbol } from '../shared/extract/document/own-symbol.js';
import { extractEntities } from '../shared/extract/entities/index.js';
import { extractFigures } from '../shared/extract/figures/index.js';
import { extract } from '../shared/extract/pipeline.js';
import { extractDocumentRefs, extractResolutions } from '../shared/extract/resolutions/index.js';
import { splitSentences } from '../shared/extract/segment/index.js';
import { summarize } from '../shared/extract/summary/index.js';
import type { ExtractionContext } from '../shared/extract/types.js';
import { elapsedMs, median, round } from './stats.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface ProfileSummary {
  readonly runs: number;
  readonly sampledMs: number;
  /** Self time by extraction stage (the folder under shared/extract/), dependency or engine bucket. */
  readonly byStage: { stage: string; percent: number }[];
  readonly topFunctions: { function: string; location: string; percent: number }[];
}

/**
 * Samples the CPU while extract() runs warm on one text, then sums self time by where the code
 * lives: shared/extract/<stage>/ for Docket's own stages, the package for dependencies, and V8's
 * own buckets (garbage collector, program) otherwise.
 */
export async function profileExtract(text: string, hints: DocumentHints, runs: number): Promise<ProfileSummary> {
  for (let warm = 0; warm < 3; warm++) extract(text, hints);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let run = 0; run < runs; run++) extract(text, hints);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = profile.nodes as ProfileNode[];
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const selfUs = new Map<number, number>();
  for (const [index, id] of samples.entries()) selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[index] ?? 0));
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byStage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const stage = stageOf(node.callFrame.url, node.callFrame.functionName);
    byStage.set(stage, (byStage.get(stage) ?? 0) + us);
    // tsx's transpiled line numbers do not match the sources, so the file alone locates a function.
    const location = shortUrl(node.callFrame.url);
    const key = `${node.callFrame.functionName || '(anonymous)'}\t${location}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const percent = (us: number) => round((100 * us) / totalUs, 1);
  return {
    runs,
    sampledMs: round(totalUs / 1000, 1),
    byStage: [...byStage.entries()].sort((a, b) => b[1] - a[1]).map(([stage, us]) => ({ stage, percent: percent(us) })),
    topFunctions: [...byFunction.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([key, us]) => {
        const [name, location] = key.split('\t') as [string, string];
        return { function: name, location, percent: percent(us) };
      }),
  };
}

function stageOf(url: string, functionName: string): string {
  const own = /\/shared\/extract\/([^/]+)\//.exec(url) ?? /\/shared\/extract\/([^/]+)\.ts/.exec(url);
  if (own) return `extract/${own[1]}`;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return `dependency ${dependency[1]}`;
  if (/\/shared\//.exec(url)) return `shared/${/\/shared\/([^/]+)/.exec(url)?.[1] ?? '?'}`;
  if (url.startsWith('node:')) return 'node built-ins';
  if (functionName.startsWith('(')) return functionName;
  return 'V8 built-ins (RegExp, String, Array…)';
}

function shortUrl(url: string): string {
  const own = url.indexOf('/shared/');
  if (own >= 0) return url.slice(own + 1);
  const dependency = url.indexOf('node_modules/');
  if (dependency >= 0) return url.slice(dependency);
  return url || '(native)';
}

/**
 * Wall time of each stage, calling the stages in the order shared/extract/pipeline.ts does (a copy
 * of its sequence: keep in step with it). Regex scanning shows up in the profile as runExtractor's
 * own time, whoever's pattern it runs; this split says whose.
 */
export function timeStages(text: string, hints: DocumentHints, runs: number): { stage: string; medianMs: number }[] {
  const times = new Map<string, number[]>();
  const timed = <T>(stage: string, work: () => T): T => {
    const start = process.hrtime.bigint();
    const result = work();
    times.set(stage, [...(times.get(stage) ?? []), elapsedMs(start)]);
    return result;
  };
  for (let run = 0; run < runs + 2; run++) {
    if (run === 2) times.clear();
    const cleaned = timed('clean', () => cleanText(text));
    const base: ExtractionContext = {
      text: cleaned.text,
      ownSymbol: timed('own symbol', () => findOwnSymbol(cleaned.text)),
    };
    const documentDate = timed('document date', () => hints.date ?? findDocumentDate(base));
    timed('document info', () => extractDocumentInfo(base, hints));
    const ctx: ExtractionContext = { ...base, referenceDate: documentDate };
    const dates = timed('dates', () => extractDates(ctx));
    const resolutions = timed('resolutions', () => extractResolutions(ctx));
    const refs = timed('document refs', () => extractDocumentRefs(ctx));
    const taken = [...dates, ...resolutions, ...refs].flatMap((item) =>
      item.start === undefined || item.end === undefined ? [] : [{ start: item.start, end: item.end }],
    );
    timed('figures', () => extractFigures(ctx, { exclude: taken }));
    timed('entities', () => extractEntities(ctx));
    const sentences = timed('segment', () => splitSentences(cleaned.text));
    timed('summary', () => summarize(ctx, sentences));
  }
  return [...times.entries()]
    .map(([stage, values]) => ({ stage, medianMs: round(median(values), 2) }))
    .sort((a, b) => b.medianMs - a.medianMs);
}

import type { Engine } from './peers.js';
import { elapsedMs, median, percentile, round, sum } from './stats.js';
import type { BenchText } from './texts.js';

export interface EngineResult {
  readonly engine: string;
  readonly description: string;
  readonly documents: number;
  readonly bytes: number;
  readonly runs: number;
  /** UTF-8 kilobytes (1024 bytes) of text per second of extraction, over every timed run. */
  readonly kbPerSecond: number;
  /** Of each document's median latency over the rounds: the median and 95th percentile across documents. */
  readonly latencyMedianMs: number;
  readonly latencyP95Ms: number;
  /** Throughput of the first warm-up pass: every text run once by a fresh engine. */
  readonly firstPassKbPerSecond: number;
}

export interface Ratio {
  readonly peer: string;
  /** Documents both ran. */
  readonly documents: number;
  readonly bytes: number;
  readonly docketKbPerSecond: number;
  readonly peerKbPerSecond: number;
  /** Docket throughput / peer throughput on the same documents: above 1, Docket is faster. */
  readonly speedup: number;
}

export interface ExtractionResult {
  readonly engines: EngineResult[];
  readonly ratios: Ratio[];
  /** Docket's median latency on each document, largest first. */
  readonly perDocument: { name: string; bytes: number; medianMs: number; minMs: number }[];
}

export interface EnginePlan {
  readonly engine: Engine;
  /** Timed rounds over its documents. */
  readonly rounds: number;
  /** Only documents up to this size (a slow peer on a quick run); undefined = all. */
  readonly maxBytes?: number | undefined;
}

/**
 * How long each engine is warmed on the texts it will be timed on before timing starts. V8 optimizes a
 * function after enough calls, and extract() is called once per document: measured, Docket needs four
 * or five passes over the 27 texts (about 1.5 s) before its throughput stops rising, the first pass
 * running at less than half the steady speed. A slow peer gets one pass, which already takes longer.
 */
const WARM_UP_MS = 3000;

/**
 * Warm, alternating, same process: every engine first runs over all of its documents, pass after
 * pass, for WARM_UP_MS and at least one pass (the first pass is timed and reported apart: how fast
 * a fresh process is on texts it has not seen). Then in each round each document goes through
 * every engine still due a round, the engine order rotating from one document to the next so that
 * none always runs right after another's garbage. No collection is forced between runs: measured
 * here, extract() runs two to three times slower for several runs after a forced full collection,
 * a state no Lambda invocation is in.
 */
export function benchExtraction(texts: readonly BenchText[], plans: readonly EnginePlan[]): ExtractionResult {
  const eligible = (plan: EnginePlan) =>
    texts.filter((text) => plan.maxBytes === undefined || text.bytes <= plan.maxBytes);
  let sink = 0;
  const firstPass = new Map<string, number>();
  for (const plan of plans) {
    const documents = eligible(plan);
    const warmUpStart = process.hrtime.bigint();
    let passes = 0;
    do {
      for (const text of documents) sink += plan.engine.run(text.text, text.hints);
      if (++passes === 1) {
        const bytes = sum(documents.map((text) => text.bytes));
        firstPass.set(plan.engine.name, bytes / 1024 / (elapsedMs(warmUpStart) / 1000));
      }
    } while (elapsedMs(warmUpStart) < WARM_UP_MS);
  }
  const samples = new Map<string, Map<string, number[]>>(plans.map((plan) => [plan.engine.name, new Map()]));
  const maxRounds = Math.max(...plans.map((plan) => plan.rounds));
  let turn = 0;
  for (let round = 0; round < maxRounds; round++) {
    for (const text of texts) {
      const due = plans.filter(
        (plan) => round < plan.rounds && (plan.maxBytes === undefined || text.bytes <= plan.maxBytes),
      );
      turn++;
      for (let index = 0; index < due.length; index++) {
        const plan = due[(index + turn) % due.length] as EnginePlan;
        const start = process.hrtime.bigint();
        sink += plan.engine.run(text.text, text.hints);
        const ms = elapsedMs(start);
        const byText = samples.get(plan.engine.name) as Map<string, number[]>;
        byText.set(text.name, [...(byText.get(text.name) ?? []), ms]);
      }
    }
  }
  if (sink < 0) console.log(sink);

  const sizeOf = new Map(texts.map((text) => [text.name, text.bytes]));
  const throughput = (engine: string, names: readonly string[]) => {
    const byText = samples.get(engine) as Map<string, number[]>;
    let bytes = 0;
    let ms = 0;
    for (const name of names) {
      const times = byText.get(name) ?? [];
      bytes += (sizeOf.get(name) ?? 0) * times.length;
      ms += sum(times);
    }
    return bytes / 1024 / (ms / 1000);
  };
  const engines = plans.map((plan): EngineResult => {
    const byText = samples.get(plan.engine.name) as Map<string, number[]>;
    const names = [...byText.keys()];
    const medians = names.map((name) => median(byText.get(name) ?? []));
    return {
      engine: plan.engine.name,
      description: plan.engine.description,
      documents: names.length,
      bytes: sum(names.map((name) => sizeOf.get(name) ?? 0)),
      runs: sum(names.map((name) => (byText.get(name) ?? []).length)),
      kbPerSecond: round(throughput(plan.engine.name, names), 1),
      latencyMedianMs: round(median(medians), 2),
      latencyP95Ms: round(percentile(medians, 95), 2),
      firstPassKbPerSecond: round(firstPass.get(plan.engine.name) ?? 0, 1),
    };
  });
  const [first, ...peers] = plans;
  const docketName = first?.engine.name ?? 'docket';
  const ratios = peers.map((plan): Ratio => {
    const names = [...(samples.get(plan.engine.name) as Map<string, number[]>).keys()];
    const docketKbPerSecond = throughput(docketName, names);
    const peerKbPerSecond = throughput(plan.engine.name, names);
    return {
      peer: plan.engine.name,
      documents: names.length,
      bytes: sum(names.map((name) => sizeOf.get(name) ?? 0)),
      docketKbPerSecond: round(docketKbPerSecond, 1),
      peerKbPerSecond: round(peerKbPerSecond, 1),
      speedup: round(docketKbPerSecond / peerKbPerSecond, 1),
    };
  });
  const docketSamples = samples.get(docketName) as Map<string, number[]>;
  const perDocument = [...docketSamples.entries()]
    .map(([name, times]) => ({
      name,
      bytes: sizeOf.get(name) ?? 0,
      medianMs: round(median(times), 2),
      minMs: round(Math.min(...times), 2),
    }))
    .sort((a, b) => b.bytes - a.bytes);
  return { engines, ratios, perDocument };
}

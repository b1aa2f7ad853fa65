/**
 * `npm run bench` (`-- --quick` for a short run): extraction speed beside compromise and
 * chrono-node, memory per size class, Lambda bundle sizes and cold starts, the local pipeline end
 * to end, API load, and the cost per 1,000 documents. Prints tables and writes bench/results.json.
 * Not a test: nothing here fails on a slow number; the goals are reported as met or missed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../infra/config.js';
import { benchAlone } from './alone.js';
import { benchBundles } from './bundles.js';
import { costPerThousand, type Prices } from './cost.js';
import { benchExtraction } from './extraction.js';
import { benchLocal, type SampleDocument } from './local.js';
import { benchMemory } from './memory.js';
import { chronoNode, compromise, docket } from './peers.js';
import { profileExtract, timeStages } from './profile.js';
import { kb, round, table } from './stats.js';
import { loadTextsApart } from './texts.js';

const quick = process.argv.includes('--quick');
const benchDirectory = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(benchDirectory, '..');
const corpusDirectory = resolve(repositoryRoot, '../shared/corpus');
const workDirectory = join(repositoryRoot, 'node_modules/.cache/docket-bench');
const LARGE_SEED = '001_22ba64f53117dd76.txt';
const PRESS_SEEDS = [
  '000_3564c816f29b3d97.txt',
  '002_58d406cf2143a036.txt',
  '003_2ee90c9b12798d2c.txt',
  '004_df2810eebd2d3aef.txt',
];

const settings = quick
  ? {
      rounds: 3,
      compromiseMaxBytes: 12 * 1024,
      coldProcesses: 3,
      documents: 60,
      costRuns: 2,
      apiSeconds: 3,
      profileRuns: 5,
    }
  : {
      rounds: 5,
      compromiseMaxBytes: undefined,
      coldProcesses: 10,
      documents: 500,
      costRuns: 5,
      apiSeconds: 10,
      profileRuns: 20,
    };

const started = Date.now();
const section = (title: string) => console.log(`\n== ${title} (${round((Date.now() - started) / 1000, 0)} s)`);
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: round(totalmem() / 1024 ** 3, 1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: loadavg().map((value) => round(value, 2)),
};
console.log(`Docket bench ${quick ? '(quick)' : '(full)'} on ${machine.cpu}, ${machine.cores} cores, ${machine.node}`);

section('texts');
const loaded = await loadTextsApart(join(repositoryRoot, 'seeds'), corpusDirectory, {
  includePdf: !quick,
  workDirectory,
});
const texts = loaded.texts;
console.log(
  `${texts.length} texts (${kb(texts.reduce((total, text) => total + text.bytes, 0))}); corpus ${loaded.corpusFound ? 'found' : 'absent: seeds only'}; skipped ${loaded.skipped.length}`,
);
for (const skip of loaded.skipped) console.log(`  skipped ${skip.name}: ${skip.reason}`);

section('extraction throughput (warm, same process, alternating)');
const extraction = benchExtraction(texts, [
  { engine: docket, rounds: settings.rounds },
  { engine: compromise, rounds: 1, maxBytes: settings.compromiseMaxBytes },
  { engine: chronoNode, rounds: settings.rounds },
]);
console.log(
  table([
    ['engine', 'docs', 'text', 'runs', 'KB/s', 'first pass KB/s', 'median ms', 'p95 ms'],
    ...extraction.engines.map((engine) => [
      engine.engine,
      engine.documents,
      kb(engine.bytes),
      engine.runs,
      engine.kbPerSecond,
      engine.firstPassKbPerSecond,
      engine.latencyMedianMs,
      engine.latencyP95Ms,
    ]),
  ]),
);
console.log(
  table([
    ['Docket vs', 'same docs', 'text', 'Docket KB/s', 'peer KB/s', 'Docket/peer'],
    ...extraction.ratios.map((ratio) => [
      ratio.peer,
      ratio.documents,
      kb(ratio.bytes),
      ratio.docketKbPerSecond,
      ratio.peerKbPerSecond,
      `${ratio.speedup}×`,
    ]),
  ]),
);
const largeSeed = texts.find((text) => text.name === LARGE_SEED);
const largeSeedMs = extraction.perDocument.find((entry) => entry.name === LARGE_SEED);
const alone = await benchAlone(texts, LARGE_SEED, workDirectory, settings.rounds);
console.log(
  `Docket alone in a fresh process, same ${alone.documents} texts: ${alone.kbPerSecond} KB/s; ${LARGE_SEED} median ${alone.largeMedianMs} ms (min ${alone.largeMinMs})`,
);

section(`where extract() spends its time on ${LARGE_SEED} (in the side-by-side process)`);
const stages = largeSeed ? timeStages(largeSeed.text, largeSeed.hints, settings.profileRuns) : [];
const profile = largeSeed ? await profileExtract(largeSeed.text, largeSeed.hints, settings.profileRuns) : null;
console.log(table([['stage (wall time, median)', 'ms'], ...stages.map((stage) => [stage.stage, stage.medianMs])]));
if (profile) {
  console.log(
    table([['CPU profile: self time by module', '%'], ...profile.byStage.slice(0, 8).map((s) => [s.stage, s.percent])]),
  );
  console.log(
    table([
      ['hottest functions', 'file', '%'],
      ...profile.topFunctions.slice(0, 8).map((f) => [f.function, f.location, f.percent]),
    ]),
  );
}

section('memory per size class (one fresh process each)');
const memory = await benchMemory(texts, workDirectory);
console.log(
  table([
    ['size class', 'docs', 'largest', 'heap base MB', 'heap peak MB', 'RSS base MB', 'RSS peak MB'],
    ...memory.map((entry) => [
      entry.sizeClass,
      entry.documents,
      kb(entry.largestBytes),
      entry.baselineHeapMb,
      entry.peakHeapMb,
      entry.baselineRssMb,
      entry.peakRssMb,
    ]),
  ]),
);

section(`Lambda bundles (esbuild as deployed; cold init = median of ${settings.coldProcesses} fresh node processes)`);
const bundles = await benchBundles(workDirectory, settings.coldProcesses);
console.log(
  table([
    [
      'function',
      'minified',
      'read at init',
      'cold init ms',
      'min–max ms',
      'of which @aws-sdk import ms',
      'largest parts',
    ],
    ...bundles.map((bundle) => [
      bundle.function,
      kb(bundle.bytes),
      kb(bundle.entryBytes),
      bundle.coldInitMedianMs,
      `${bundle.coldInitMinMs}–${bundle.coldInitMaxMs}`,
      bundle.externalsColdImportMedianMs,
      bundle.largestParts
        .slice(0, 3)
        .map((part) => `${part.part} ${kb(part.bytes)}`)
        .join(', '),
    ]),
  ]),
);

section(`local end to end: ${settings.documents} press releases, s3rver → ingest → DynamoDB Local; then the API`);
const seedBytes = (name: string) => new Uint8Array(readFileSync(join(repositoryRoot, 'seeds', name)));
const pressReleases: SampleDocument[] = PRESS_SEEDS.map((name) => ({
  label: name,
  filename: name,
  bytes: seedBytes(name),
}));
const report = seedBytes(LARGE_SEED);
const reportCut = report.lastIndexOf(0x0a, 90 * 1024);
const costSamples: SampleDocument[] = [
  { label: 'press release (seed 003)', filename: 'press-release.txt', bytes: seedBytes(PRESS_SEEDS[2] as string) },
  { label: 'report (first 90 KB of seed 001)', filename: 'report.txt', bytes: report.slice(0, reportCut + 1) },
];
const local = await benchLocal({
  repositoryRoot,
  pressReleases,
  documents: settings.documents,
  costSamples,
  costRuns: settings.costRuns,
  apiSeconds: settings.apiSeconds,
});
const e2e = local.endToEnd;
console.log(
  `${e2e.documents} documents (avg ${kb(e2e.averageBytes)}) in ${e2e.seconds} s: ${e2e.documentsPerSecond} documents/s, ` +
    `${e2e.ok} ok, ${e2e.deadLettered} dead-lettered; handler ${e2e.handlerMsPerDocument} ms per document (one local worker)`,
);
console.log(
  table([
    ['API route (autocannon, 50 connections)', 's', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
    ...local.api.map((route) => [
      route.route,
      route.seconds,
      route.requestsPerSecond,
      route.latencyP50Ms,
      route.latencyP99Ms,
      route.non2xx,
      route.errors,
    ]),
  ]),
);

section('cost per 1,000 documents on AWS');
const prices = JSON.parse(readFileSync(join(benchDirectory, 'prices.json'), 'utf8')) as Prices;
const config = deploymentConfig();
const deployment = { ingestMemoryMb: config.ingestion.function.memoryMb, batchSize: config.ingestion.batchSize };
const costs = local.ingestCosts.map((sample) => costPerThousand(sample, prices, deployment));
console.log(
  table([
    [
      'document',
      'ingest ms local',
      'billed ms',
      'WRU',
      'RRU',
      'Lambda $',
      'DynamoDB $',
      'S3 $',
      'SQS $',
      'Docket $',
      'Comprehend $',
      'ratio',
    ],
    ...costs.map((cost, index) => [
      cost.document,
      local.ingestCosts[index]?.ingestMedianMs ?? '',
      cost.billedMsPerDocument,
      cost.writeUnitsPerDocument,
      cost.readUnitsPerDocument,
      cost.lambda,
      cost.dynamodb,
      cost.s3,
      cost.sqs,
      cost.docketTotal,
      cost.comprehend,
      `${cost.comprehendOverDocket}×`,
    ]),
  ]),
);
console.log(`prices: ${prices.region} list prices of ${prices.date} (bench/prices.json); ${prices.note}`);

const ingestBundle = bundles.find((bundle) => bundle.function === 'ingest');
const apiBundle = bundles.find((bundle) => bundle.function === 'api');
const docketEngine = extraction.engines.find((engine) => engine.engine === 'docket');
const goals = [
  {
    goal: 'extraction throughput per core, side by side',
    target: '≥ 5,000 KB/s',
    measured: docketEngine?.kbPerSecond,
    met: (docketEngine?.kbPerSecond ?? 0) >= 5000,
  },
  {
    goal: `${LARGE_SEED} (136 KB) latency`,
    target: '≤ 30 ms',
    measured: largeSeedMs?.medianMs,
    met: (largeSeedMs?.medianMs ?? Infinity) <= 30,
  },
  {
    goal: 'extraction throughput per core, Docket alone',
    target: '≥ 5,000 KB/s',
    measured: alone.kbPerSecond,
    met: alone.kbPerSecond >= 5000,
  },
  {
    goal: `${LARGE_SEED} latency, Docket alone`,
    target: '≤ 30 ms',
    measured: alone.largeMedianMs,
    met: (alone.largeMedianMs ?? Infinity) <= 30,
  },
  {
    goal: 'ingest bundle size',
    target: '≤ 2 MB',
    measured: ingestBundle && kb(ingestBundle.bytes),
    met: (ingestBundle?.bytes ?? Infinity) <= 2 * 1024 * 1024,
  },
  {
    goal: 'ingest cold init',
    target: '≤ 250 ms',
    measured: ingestBundle?.coldInitMedianMs,
    met: (ingestBundle?.coldInitMedianMs ?? Infinity) <= 250,
  },
  {
    goal: 'api bundle size',
    target: '≤ 500 KB',
    measured: apiBundle && kb(apiBundle.bytes),
    met: (apiBundle?.bytes ?? Infinity) <= 500 * 1024,
  },
];
section('goals');
console.log(
  table([
    ['goal', 'target', 'measured', 'met'],
    ...goals.map((g) => [g.goal, g.target, String(g.measured), g.met ? 'yes' : 'NO']),
  ]),
);

const results = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  commit: gitCommit(),
  machine: { ...machine, loadAverageAtEnd: loadavg().map((value) => round(value, 2)) },
  seconds: round((Date.now() - started) / 1000, 1),
  texts: { count: texts.length, corpusFound: loaded.corpusFound, skipped: loaded.skipped },
  extraction: { ...extraction, alone },
  largeSeed: { name: LARGE_SEED, ...largeSeedMs, stages, profile },
  memory,
  bundles,
  local,
  cost: { prices: { date: prices.date, region: prices.region, note: prices.note }, deployment, perThousand: costs },
  goals,
};
writeFileSync(join(benchDirectory, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json in ${results.seconds} s`);

function deploymentConfig() {
  try {
    const cdk = JSON.parse(readFileSync(join(repositoryRoot, 'cdk.json'), 'utf8')) as {
      context?: { docket?: unknown };
    };
    return parseConfig(cdk.context?.docket);
  } catch {
    return parseConfig(undefined);
  }
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'shared', 'functions'], { cwd: repositoryRoot })
      .toString()
      .trim();
    return dirty ? `${head} + uncommitted changes in shared/ or functions/` : head;
  } catch {
    return 'unknown';
  }
}

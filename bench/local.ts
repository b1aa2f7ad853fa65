import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import autocannon from 'autocannon';
import { startLocalStack } from '../infra/local/stack.js';
import { ingestObjectEvent } from '../shared/ingest/ingest-service.js';
import type { ObjectEvent } from '../shared/ingest/s3-events.js';
import { servicesFromEnvironment } from '../shared/runtime/environment.js';
import { createDocumentClient, createS3Client, settingsFromEnvironment } from '../shared/storage/clients.js';
import { CursorCodec } from '../shared/storage/cursor.js';
import { documentIdFor } from '../shared/storage/keys.js';
import { DocumentRepository } from '../shared/storage/repository.js';
import { type CapacityTally, emptyTally, meterCapacity } from './dynamodb-capacity.js';
import { elapsedMs, median, round } from './stats.js';

const INGEST_PREFIX = 'incoming/';

export interface SampleDocument {
  readonly label: string;
  readonly filename: string;
  readonly bytes: Uint8Array;
}

export interface EndToEndResult {
  readonly documents: number;
  readonly averageBytes: number;
  readonly seconds: number;
  readonly documentsPerSecond: number;
  readonly ok: number;
  readonly deadLettered: number;
  /** Handler time per document (batches of up to 10 on the local queue, one at a time). */
  readonly handlerMsPerDocument: number;
}

export interface IngestCost {
  readonly label: string;
  readonly bytes: number;
  readonly characters: number;
  readonly runs: number;
  /** Median wall time of one ingestObjectEvent: S3 read, parse, extract, DynamoDB writes (local emulators). */
  readonly ingestMedianMs: number;
  /** DynamoDB requests and units of one first-time ingest of the document. */
  readonly capacity: CapacityTally;
  readonly s3Requests: Record<string, number>;
  readonly status: string;
}

export interface ApiRouteResult {
  readonly route: string;
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

export interface LocalResult {
  readonly endToEnd: EndToEndResult;
  readonly ingestCosts: IngestCost[];
  readonly api: ApiRouteResult[];
}

/**
 * The whole local pipeline: DynamoDB Local and s3rver, the real ingest handler behind the local
 * queue, then the API in a child process under autocannon. Per-document capacity and S3 requests
 * are counted on a separate, metered repository calling the same ingest service.
 */
export async function benchLocal(options: {
  repositoryRoot: string;
  pressReleases: readonly SampleDocument[];
  documents: number;
  costSamples: readonly SampleDocument[];
  costRuns: number;
  apiSeconds: number;
}): Promise<LocalResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'docket-bench-'));
  const stack = await startLocalStack({
    repositoryRoot: options.repositoryRoot,
    scratchDirectory: scratch,
    fresh: true,
  });
  try {
    Object.assign(process.env, stack.environment, {
      INGEST_PREFIX,
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      POWERTOOLS_METRICS_DISABLED: 'true',
    });
    const { handler } = await import('../functions/ingest/handler.js');
    let handlerMs = 0;
    let handled = 0;
    const queue = stack.connectIngest(async (event, context) => {
      const start = process.hrtime.bigint();
      try {
        return await handler(event, context);
      } finally {
        handlerMs += elapsedMs(start);
        handled += event.Records.length;
      }
    });
    const services = servicesFromEnvironment(process.env, { queue });

    const endToEnd = await ingestMany(services.s3, stack.bucketName, options.pressReleases, options.documents, queue);
    const okIds = await countOk(services.repository, stack.bucketName, options.pressReleases, options.documents);
    const ingestCosts = await measureIngestCosts(stack.bucketName, options.costSamples, options.costRuns);
    const api = await benchApi(options.repositoryRoot, stack.environment, services, {
      documentId: documentIdFor(stack.bucketName, `${INGEST_PREFIX}${keyOf(0, options.pressReleases)}`),
      seconds: options.apiSeconds,
    });
    const deadLettered = (
      await import('../infra/local/local-queue.js').then(({ LocalQueue }) =>
        LocalQueue.readDeadLetters(stack.deadLetterFile),
      )
    ).length;
    return {
      endToEnd: {
        ...endToEnd,
        ok: okIds,
        deadLettered,
        handlerMsPerDocument: round(handlerMs / Math.max(1, handled), 2),
      },
      ingestCosts,
      api,
    };
  } finally {
    await stack.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

function keyOf(index: number, samples: readonly SampleDocument[]): string {
  const sample = samples[index % samples.length] as SampleDocument;
  return `bench-${String(index).padStart(4, '0')}-${sample.filename}`;
}

/** Uploads `count` documents (eight PUTs in flight) and waits until the queue has settled every event. */
async function ingestMany(
  s3: S3Client,
  bucket: string,
  samples: readonly SampleDocument[],
  count: number,
  queue: { settled: number; idle(): Promise<void> },
): Promise<{ documents: number; averageBytes: number; seconds: number; documentsPerSecond: number }> {
  const before = queue.settled;
  const start = process.hrtime.bigint();
  let next = 0;
  let totalBytes = 0;
  const uploader = async () => {
    while (next < count) {
      const index = next++;
      const sample = samples[index % samples.length] as SampleDocument;
      totalBytes += sample.bytes.byteLength;
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: `${INGEST_PREFIX}${keyOf(index, samples)}`, Body: sample.bytes }),
      );
    }
  };
  await Promise.all(Array.from({ length: 8 }, uploader));
  while (queue.settled - before < count) {
    await queue.idle();
    if (queue.settled - before < count) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seconds = elapsedMs(start) / 1000;
  return {
    documents: count,
    averageBytes: Math.round(totalBytes / count),
    seconds: round(seconds, 2),
    documentsPerSecond: round(count / seconds, 1),
  };
}

async function countOk(
  repository: DocumentRepository,
  bucket: string,
  samples: readonly SampleDocument[],
  count: number,
): Promise<number> {
  let ok = 0;
  for (let index = 0; index < count; index++) {
    const record = await repository.get(documentIdFor(bucket, `${INGEST_PREFIX}${keyOf(index, samples)}`));
    if (record?.status === 'ok') ok++;
  }
  return ok;
}

/**
 * Each sample ingested `runs` times under new keys through a repository and S3 client that count
 * what they send. The keys are outside the ingest prefix, so the queue's handler ignores the
 * PUT events: only these calls ingest them.
 */
async function measureIngestCosts(
  bucket: string,
  samples: readonly SampleDocument[],
  runs: number,
): Promise<IngestCost[]> {
  const settings = settingsFromEnvironment(process.env);
  let tally = emptyTally();
  const documentClient = createDocumentClient(settings);
  meterCapacity(documentClient, () => tally);
  const repository = new DocumentRepository(
    documentClient,
    process.env.TABLE_NAME as string,
    new CursorCodec('docket-bench-cursor-secret-0000'),
  );
  const s3 = createS3Client(settings);
  let s3Requests: Record<string, number> = {};
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      s3Requests[command] = (s3Requests[command] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchS3Counter' },
  );
  const results: IngestCost[] = [];
  for (const sample of samples) {
    const times: number[] = [];
    let firstTally: CapacityTally | null = null;
    let firstS3: Record<string, number> = {};
    let status = '';
    for (let run = 0; run < runs + 1; run++) {
      const key = `bench-cost/${run}-${sample.filename}`;
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: sample.bytes }));
      tally = emptyTally();
      s3Requests = {};
      const event: ObjectEvent = {
        kind: 'created',
        bucket,
        key,
        size: sample.bytes.byteLength,
        etag: null,
        versionId: null,
        sequencer: '0000000000000001',
        eventTime: null,
      };
      const start = process.hrtime.bigint();
      const outcome = await ingestObjectEvent({ s3, repository, prefix: 'bench-cost/' }, event);
      const ms = elapsedMs(start);
      // The first run warms the code paths (JIT, lazy gazetteers); later ones are timed.
      if (run === 0) continue;
      times.push(ms);
      firstTally ??= tally;
      if (Object.keys(firstS3).length === 0) firstS3 = { ...s3Requests, PutObject: 1 };
      status = outcome.action === 'stored' ? outcome.status : outcome.action;
    }
    results.push({
      label: sample.label,
      bytes: sample.bytes.byteLength,
      characters: new TextDecoder().decode(sample.bytes).length,
      runs,
      ingestMedianMs: round(median(times), 1),
      capacity: firstTally ?? emptyTally(),
      s3Requests: firstS3,
      status,
    });
  }
  documentClient.destroy();
  s3.destroy();
  return results;
}

async function benchApi(
  repositoryRoot: string,
  environment: Record<string, string>,
  services: ReturnType<typeof servicesFromEnvironment>,
  options: { documentId: string; seconds: number },
): Promise<ApiRouteResult[]> {
  const resolutions = await services.repository.listCounted('RES', { limit: 100 });
  const busiest = [...resolutions.items].sort((a, b) => b.documents - a.documents)[0];
  const server = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'bench/api-server.ts')], {
    cwd: repositoryRoot,
    env: { ...process.env, ...environment, POWERTOOLS_LOG_LEVEL: 'ERROR' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await listeningPort(server);
    const base = `http://127.0.0.1:${port}`;
    const routes = [
      { route: 'GET /documents/{id}', url: `${base}/documents/${encodeURIComponent(options.documentId)}` },
      ...(busiest
        ? [
            {
              route: `GET /resolutions/{key}/documents (${busiest.label}, ${busiest.documents} docs)`,
              url: `${base}/resolutions/${encodeURIComponent(busiest.value)}/documents`,
            },
          ]
        : []),
    ];
    const results: ApiRouteResult[] = [];
    for (const { route, url } of routes) {
      const check = await fetch(url);
      if (!check.ok) throw new Error(`${route}: ${url} answered ${check.status} before the load run`);
      const run = await autocannon({ url, connections: 50, duration: options.seconds });
      results.push({
        route,
        url: url.replace(base, ''),
        connections: 50,
        seconds: options.seconds,
        requestsPerSecond: round(run.requests.average, 0),
        latencyP50Ms: run.latency.p50,
        latencyP99Ms: run.latency.p99,
        non2xx: run.non2xx,
        errors: run.errors,
      });
    }
    return results;
  } finally {
    server.kill('SIGTERM');
  }
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the API server exited (${code}) before listening`)));
  });
}

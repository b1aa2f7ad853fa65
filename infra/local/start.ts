import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { serve } from '@hono/node-server';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { createApp } from '../../shared/api/app.js';
import type { DocumentRecord } from '../../shared/model/record.js';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { EXTRACTOR_VERSION } from '../../shared/version.js';
import { waitFor } from './free-port.js';
import { LocalQueue } from './local-queue.js';
import { startLocalStack } from './stack.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const INGEST_PREFIX = 'incoming/';

const program = new Command('start')
  .description('Run the whole pipeline locally on seeds/ (DynamoDB Local + s3rver), then serve the API')
  .option('--fresh', 'start from an empty table and bucket')
  .option('--no-serve', 'exit after ingestion: 0 if every document got a record')
  .option('--seeds <dir>', 'documents to upload', join(repositoryRoot, 'seeds'))
  .option('--port <port>', 'API port', process.env.PORT ?? '3000')
  .action(async (options: { fresh?: boolean; serve: boolean; seeds: string; port: string }) => {
    const stack = await startLocalStack({
      repositoryRoot,
      stateDirectory: join(repositoryRoot, '.docket'),
      fresh: options.fresh ?? false,
    });
    let stopping = false;
    const shutdown = async (code: number) => {
      if (stopping) return;
      stopping = true;
      await stack.stop();
      process.exit(code);
    };
    process.once('SIGINT', () => void shutdown(130));
    process.once('SIGTERM', () => void shutdown(143));
    try {
      Object.assign(process.env, stack.environment, {
        INGEST_PREFIX,
        POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
        POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
      });
      const { handler } = await import('../../functions/ingest/handler.js');
      const queue = stack.connectIngest(handler);
      const services = servicesFromEnvironment(process.env, { queue });
      const records = await ingestFolder(services, stack.bucketName, options.seeds);
      for (const { file, record } of records) console.log(describe(file, record));
      const deadLetters = await LocalQueue.readDeadLetters(stack.deadLetterFile);
      if (deadLetters.length > 0)
        console.log(`${deadLetters.length} message(s) dead-lettered: see ${stack.deadLetterFile}`);
      const missing = records.filter((entry) => !entry.record).length;
      if (!options.serve) return shutdown(missing === 0 ? 0 : 1);
      const port = Number(options.port);
      serve({ fetch: createApp(services).fetch, port, hostname: '127.0.0.1' });
      console.log(`API on http://localhost:${port} (try /documents). Ctrl-C stops.`);
    } catch (error) {
      console.error(error);
      await shutdown(1);
    }
  });

type Services = ReturnType<typeof servicesFromEnvironment>;

/** Uploads every file through the S3 API and waits until each has a record. */
async function ingestFolder(services: Services, bucket: string, folder: string) {
  const files = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  const bar = new SingleBar({ format: 'ingesting [{bar}] {value}/{total} {file}', hideCursor: true });
  bar.start(files.length, 0, { file: '' });
  const results: { file: string; record: DocumentRecord | null }[] = [];
  const checksums = new Map<string, string>();
  for (const file of files) {
    const bytes = await readFile(join(folder, file));
    checksums.set(file, createHash('sha256').update(bytes).digest('hex'));
    await services.s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${INGEST_PREFIX}${file}`, Body: bytes }));
  }
  for (const file of files) {
    const id = documentIdFor(bucket, `${INGEST_PREFIX}${file}`);
    let record: DocumentRecord | null = null;
    await waitFor(
      async () => {
        record = await services.repository.get(id);
        // Up to date: these bytes (or a failure to read them), extracted by this extractor version.
        return (
          record !== null &&
          (record.source.sha256 === checksums.get(file) || record.status !== 'ok') &&
          record.extractorVersion === EXTRACTOR_VERSION
        );
      },
      120_000,
      `a record for ${file}`,
    ).catch(() => undefined);
    results.push({ file, record });
    bar.increment(1, { file });
  }
  bar.stop();
  return results;
}

function describe(file: string, record: DocumentRecord | null): string {
  if (!record) return `${file}  NO RECORD`;
  const counts = `dates ${record.dates.length}, entities ${record.entities.length}, resolutions ${record.resolutions.length}, figures ${record.figures.length}`;
  const reason = record.error ? ` (${record.error})` : '';
  return `${file}  ${record.status}${reason}  ${record.kind}  "${record.title ?? ''}"  ${counts}`;
}

await program.parseAsync();

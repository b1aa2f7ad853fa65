import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../infra/local/stack.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Environment pointing the AWS SDK at this run's DynamoDB Local and s3rver. */
    localAws: Record<string, string>;
  }
}

/**
 * Starts the real local AWS parts once for the integration tests: DynamoDB Local and s3rver on
 * free ports, with s3rver's object events going through a local SQS to the real ingest handler.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = await mkdtemp(join(tmpdir(), 'docket-test-'));
  const stack = await startLocalStack({ repositoryRoot, scratchDirectory: scratch, fresh: true });
  const environment = {
    ...stack.environment,
    INGEST_PREFIX: 'incoming/',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    DEAD_LETTER_FILE: stack.deadLetterFile,
  };
  Object.assign(process.env, environment);
  const { handler } = await import('../../functions/ingest/handler.js');
  stack.connectIngest(handler, { retryDelayMs: 50 });
  project.provide('localAws', environment);
  return async () => {
    await stack.stop();
    await rm(scratch, { recursive: true, force: true });
  };
}

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../../shared/storage/table.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { LocalQueue, type SqsHandler } from './local-queue.js';
import { startS3Emulator } from './s3-emulator.js';
import { toS3Notification } from './s3-notification.js';

export interface LocalStackOptions {
  readonly repositoryRoot: string;
  /** Where DynamoDB Local and s3rver keep their data; absent: DynamoDB in memory, objects in `scratch`. */
  readonly stateDirectory?: string | undefined;
  readonly scratchDirectory?: string | undefined;
  readonly fresh?: boolean;
  readonly tableName?: string;
  readonly bucketName?: string;
}

export interface LocalStack {
  readonly tableName: string;
  readonly bucketName: string;
  readonly region: string;
  /** Environment the Lambda handlers read: endpoints, names, local credentials. */
  readonly environment: Record<string, string>;
  /** Connects s3rver's object events, through a local SQS, to the ingest handler. */
  connectIngest(handler: SqsHandler, options?: { maxReceiveCount?: number; retryDelayMs?: number }): LocalQueue;
  readonly deadLetterFile: string;
  stop(): Promise<void>;
}

/**
 * DynamoDB Local and s3rver on free ports, with the table and bucket created: the AWS parts the
 * handlers need, on this machine.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const region = 'us-east-1';
  const tableName = options.tableName ?? 'docket';
  const bucketName = options.bucketName ?? 'docket-documents';
  const state = options.stateDirectory ?? options.scratchDirectory;
  if (!state) throw new Error('startLocalStack needs a stateDirectory or a scratchDirectory');
  if (options.fresh) rmSync(state, { recursive: true, force: true });
  mkdirSync(state, { recursive: true });
  const releaseLock = options.stateDirectory ? lockStateDirectory(options.stateDirectory) : () => undefined;

  const dynamodb = await startDynamoDbLocal({
    repositoryRoot: options.repositoryRoot,
    dataDirectory: options.stateDirectory ? join(options.stateDirectory, 'dynamodb') : undefined,
  });
  const s3 = await startS3Emulator({ directory: join(state, 's3'), buckets: [bucketName] }).catch(async (error) => {
    await dynamodb.stop();
    releaseLock();
    throw error;
  });
  const environment = {
    AWS_REGION: region,
    // s3rver accepts only its own fixed credentials; DynamoDB Local (-sharedDb) accepts any.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    DYNAMODB_ENDPOINT: dynamodb.endpoint,
    S3_ENDPOINT: s3.endpoint,
    TABLE_NAME: tableName,
    BUCKET_NAME: bucketName,
  };
  await createTable(environment.DYNAMODB_ENDPOINT, tableName);
  const deadLetterFile = join(state, 'dead-letters.jsonl');
  return {
    tableName,
    bucketName,
    region,
    environment,
    deadLetterFile,
    connectIngest(handler, queueOptions = {}) {
      const queue = new LocalQueue({ handler, deadLetterFile, ...queueOptions });
      s3.onObjectEvent((event) => queue.send(toS3Notification(event, region)));
      return queue;
    },
    async stop() {
      await Promise.allSettled([s3.stop(), dynamodb.stop()]);
      releaseLock();
    },
  };
}

/**
 * One process at a time may own a persistent state folder: two DynamoDB Local processes on one
 * database file corrupt it. The lock names the owner's pid and is released on stop or exit.
 */
function lockStateDirectory(directory: string): () => void {
  const lockFile = join(directory, 'lock');
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, 'utf8'));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(`another Docket process (pid ${owner}) is using ${directory}: stop it first`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => rmSync(lockFile, { force: true });
  process.once('exit', release);
  return () => {
    process.removeListener('exit', release);
    release();
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function createTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}

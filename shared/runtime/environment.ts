import type { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';
import {
  type ClientSettings,
  createDocumentClient,
  createS3Client,
  settingsFromEnvironment,
} from '../storage/clients.js';
import { CursorCodec } from '../storage/cursor.js';
import { type MessageQueue, SqsMessageQueue } from '../storage/queue.js';
import { DocumentRepository } from '../storage/repository.js';

const EnvironmentSchema = z.object({
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1).default('docket-documents'),
  INGEST_PREFIX: z.string().default('incoming/'),
  QUEUE_URL: z.string().min(1).optional(),
  MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  /** Signs paging cursors. On AWS it comes from the stack; locally a fixed development value is fine. */
  CURSOR_SECRET: z.string().min(16).default('docket-local-development-cursor-secret'),
});
export type DocketEnvironment = z.infer<typeof EnvironmentSchema>;

export interface Services {
  readonly environment: DocketEnvironment;
  readonly s3: S3Client;
  readonly repository: DocumentRepository;
  /** The ingest queue, for re-processing requests. */
  readonly queue: MessageQueue;
}

/**
 * Builds the AWS clients and the repository from environment variables, the one place where
 * configuration enters: the Lambda handlers and the local runner both call it. The local runner
 * passes its in-process queue instead of SQS.
 */
export function servicesFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { queue?: MessageQueue } = {},
): Services {
  const environment = EnvironmentSchema.parse(env);
  const settings: ClientSettings = settingsFromEnvironment(env);
  return {
    environment,
    s3: createS3Client(settings),
    repository: new DocumentRepository(
      createDocumentClient(settings),
      environment.TABLE_NAME,
      new CursorCodec(environment.CURSOR_SECRET),
    ),
    queue: overrides.queue ?? sqsQueue(environment, settings),
  };
}

function sqsQueue(environment: DocketEnvironment, settings: ClientSettings): MessageQueue {
  const url = environment.QUEUE_URL;
  if (!url) {
    return {
      sendAll: async () => {
        throw new Error('QUEUE_URL is not set: this deployment cannot queue re-processing');
      },
    };
  }
  return new SqsMessageQueue(new SQSClient({ region: settings.region ?? 'us-east-1' }), url);
}

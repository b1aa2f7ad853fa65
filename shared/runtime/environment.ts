import type { S3Client } from '@aws-sdk/client-s3';
// zod/mini: a Lambda bundle cannot tree-shake classic zod's method chains (see s3-events.ts).
import * as z from 'zod/mini';
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
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z._default(z.string().check(z.minLength(1)), 'docket-documents'),
  INGEST_PREFIX: z._default(z.string(), 'incoming/'),
  QUEUE_URL: z.optional(z.string().check(z.minLength(1))),
  MAX_DOCUMENT_BYTES: z._default(z.coerce.number().check(z.int(), z.positive()), 50 * 1024 * 1024),
  /** Signs paging cursors. On AWS it comes from the stack; locally a fixed development value is fine. */
  CURSOR_SECRET: z._default(z.string().check(z.minLength(16)), 'docket-local-development-cursor-secret'),
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
  const environment = parseEnvironment(env);
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

/** The configuration, or an error naming each bad variable (zod/mini carries no English messages). */
function parseEnvironment(env: NodeJS.ProcessEnv): DocketEnvironment {
  const parsed = EnvironmentSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const expected = 'expected' in issue ? ` (expected ${String(issue.expected)})` : '';
    return `${issue.path.join('.')}: ${issue.code}${expected}`;
  });
  throw new Error(`invalid environment: ${problems.join('; ')}`);
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
  return new SqsMessageQueue(url, { region: settings.region ?? 'us-east-1' });
}

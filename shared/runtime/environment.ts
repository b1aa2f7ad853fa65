import type { S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import {
  type ClientSettings,
  createDocumentClient,
  createS3Client,
  settingsFromEnvironment,
} from '../storage/clients.js';
import { CursorCodec } from '../storage/cursor.js';
import { DocumentRepository } from '../storage/repository.js';

const EnvironmentSchema = z.object({
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1).optional(),
  INGEST_PREFIX: z.string().default('incoming/'),
  MAX_DOCUMENT_BYTES: z.coerce.number().int().positive().optional(),
  /** Signs paging cursors. On AWS it comes from the stack; locally a fixed development value is fine. */
  CURSOR_SECRET: z.string().min(16).default('docket-local-development-cursor-secret'),
});
export type DocketEnvironment = z.infer<typeof EnvironmentSchema>;

export interface Services {
  readonly environment: DocketEnvironment;
  readonly s3: S3Client;
  readonly repository: DocumentRepository;
}

/**
 * Builds the AWS clients and the repository from environment variables, the one place where
 * configuration enters: the Lambda handlers and the local runner both call it.
 */
export function servicesFromEnvironment(env: NodeJS.ProcessEnv = process.env): Services {
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
  };
}

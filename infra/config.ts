import { z } from 'zod';

/**
 * How the API authenticates callers. It is never open: SigV4-signed IAM calls by default, or a
 * JWT authoriser (e.g. a Cognito user pool: issuer `https://cognito-idp.<region>.amazonaws.com/<pool id>`,
 * audience = the app client id).
 */
const ApiAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('iam') }),
  z.object({
    type: z.literal('jwt'),
    issuer: z.url(),
    audience: z.array(z.string().min(1)).min(1),
    scopes: z.array(z.string().min(1)).default([]),
  }),
]);

/** Memory and timeout of one function, with that function's own defaults. */
const functionSizing = (memoryMb: number, timeoutSeconds: number) =>
  z
    .object({
      memoryMb: z.number().int().min(128).max(10_240).default(memoryMb),
      timeoutSeconds: z.number().int().min(1).max(900).default(timeoutSeconds),
      /** Caps the function's concurrency (and so its load on DynamoDB); omitted = account pool. */
      reservedConcurrency: z.number().int().positive().optional(),
    })
    .prefault({});

/**
 * Everything an operator may change. Read from the CDK context key `docket`
 * (`cdk.json` or `npx cdk deploy -c docket='{"ingestPrefix":"inbox/"}'`); every field has a default.
 */
export const DocketConfigSchema = z.object({
  /** Prefix of the object keys that are ingested; notifications are filtered on it. */
  ingestPrefix: z
    .string()
    .regex(/^[^/].*\/$/, 'a key prefix such as "incoming/": no leading slash, a trailing slash')
    .default('incoming/'),
  /** Largest document the ingest function accepts, in bytes. */
  maxDocumentBytes: z
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  storage: z
    .object({
      /** Days an overwritten or deleted object version is kept before it expires. */
      noncurrentVersionDays: z.number().int().positive().default(30),
      /** Noncurrent versions kept regardless of age (the most recent ones). */
      noncurrentVersionsToRetain: z.number().int().min(0).max(100).default(3),
      /**
       * S3 server access logs into a separate bucket. Set false when CloudTrail S3 data events
       * already record object-level access for the account (see README, Deploy).
       */
      serverAccessLogs: z.boolean().default(true),
      accessLogRetentionDays: z.number().int().positive().default(90),
    })
    .prefault({}),
  ingestion: z
    .object({
      function: functionSizing(1024, 120),
      /** Messages handed to one invocation. */
      batchSize: z.number().int().min(1).max(10_000).default(5),
      /** Seconds the event source waits to fill a batch. */
      maxBatchingWindowSeconds: z.number().int().min(0).max(300).default(5),
      /**
       * Most concurrent ingest invocations the queue drives. Prefer it to reserved concurrency,
       * whose throttles count as receives and push healthy messages to the dead-letter queue.
       */
      maxConcurrency: z.number().int().min(2).max(1000).default(10),
      /** Deliveries of one message before it moves to the dead-letter queue. */
      maxReceiveCount: z.number().int().min(1).max(1000).default(5),
      /** Days a failed message stays in the dead-letter queue (SQS maximum: 14). */
      deadLetterRetentionDays: z.number().int().min(1).max(14).default(14),
    })
    .prefault({}),
  api: z
    .object({
      auth: ApiAuthSchema.default({ type: 'iam' }),
      /** Steady-state requests per second for the whole stage. */
      throttleRateLimit: z.number().positive().default(50),
      throttleBurstLimit: z.number().int().positive().default(100),
      /** Browser origins allowed by CORS; empty = no CORS (server-to-server callers only). */
      corsAllowOrigins: z.array(z.string().min(1)).default([]),
      function: functionSizing(512, 10),
    })
    .prefault({}),
  reprocessing: z
    .object({
      /** EventBridge schedule expression: `rate(...)` or `cron(...)`. */
      schedule: z
        .string()
        .regex(/^(rate|cron)\(.+\)$/, 'an EventBridge schedule expression: rate(...) or cron(...)')
        .default('rate(1 day)'),
      enabled: z.boolean().default(true),
      /** Documents queued per run at most; the next run resumes from a bookmark. */
      maxDocumentsPerRun: z.number().int().positive().default(500),
      function: functionSizing(256, 300),
    })
    .prefault({}),
  monitoring: z
    .object({
      logRetentionDays: z.number().int().positive().default(30),
      /** Receives alarm notifications by e-mail (a subscription to confirm); omitted = topic only. */
      alarmEmail: z.email().optional(),
    })
    .prefault({}),
});

export type DocketConfig = z.infer<typeof DocketConfigSchema>;
export type ApiAuth = z.infer<typeof ApiAuthSchema>;
export type FunctionSizing = z.infer<ReturnType<typeof functionSizing>>;

/**
 * The configuration from the CDK context value (an object, or its JSON text on the command line).
 *
 * @example
 * const config = parseConfig(app.node.tryGetContext('docket'));
 */
export function parseConfig(contextValue: unknown): DocketConfig {
  const raw = typeof contextValue === 'string' ? JSON.parse(contextValue) : (contextValue ?? {});
  const parsed = DocketConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid "docket" context: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

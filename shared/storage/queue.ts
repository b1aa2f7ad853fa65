import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** Where ingest messages go: SQS on AWS, the in-process queue locally. */
export interface MessageQueue {
  sendAll(bodies: readonly string[]): Promise<void>;
}

const SQS_BATCH_LIMIT = 10;

/**
 * Sends message bodies to an SQS queue in batches of ten, retrying entries SQS reports as failed.
 *
 * @example
 * await new SqsMessageQueue(sqs, queueUrl).sendAll([reprocessMessage(bucket, key, false)]);
 */
export class SqsMessageQueue implements MessageQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async sendAll(bodies: readonly string[]): Promise<void> {
    for (let offset = 0; offset < bodies.length; offset += SQS_BATCH_LIMIT) {
      let entries = bodies
        .slice(offset, offset + SQS_BATCH_LIMIT)
        .map((body, index) => ({ Id: String(index), MessageBody: body }));
      for (let attempt = 0; entries.length > 0; attempt++) {
        if (attempt >= 5) throw new Error(`SQS refused ${entries.length} messages after retries`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 50));
        const result = await this.sqs.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
        const failed = new Set((result.Failed ?? []).map((failure) => failure.Id));
        entries = entries.filter((entry) => failed.has(entry.Id));
      }
    }
  }
}

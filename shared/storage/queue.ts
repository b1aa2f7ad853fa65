import type { SendMessageBatchCommand, SQSClient, SQSClientConfig } from '@aws-sdk/client-sqs';

/** Where ingest messages go: SQS on AWS, the in-process queue locally. */
export interface MessageQueue {
  sendAll(bodies: readonly string[]): Promise<void>;
}

const SQS_BATCH_LIMIT = 10;

/**
 * Sends message bodies to an SQS queue in batches of ten, retrying entries SQS reports as failed.
 *
 * @example
 * await new SqsMessageQueue(queueUrl, { region: 'eu-west-1' }).sendAll([reprocessMessage(bucket, key, false)]);
 */
export class SqsMessageQueue implements MessageQueue {
  private sdk: Promise<{ client: SQSClient; SendBatch: typeof SendMessageBatchCommand }> | undefined;

  constructor(
    private readonly queueUrl: string,
    private readonly clientConfig: SQSClientConfig,
  ) {}

  /**
   * The SQS client is loaded on the first send, not at cold start: only re-processing sends
   * messages, and importing @aws-sdk/client-sqs adds 30–40 ms to the init of every function.
   */
  private connect() {
    this.sdk ??= import('@aws-sdk/client-sqs').then((sqs) => ({
      client: new sqs.SQSClient(this.clientConfig),
      SendBatch: sqs.SendMessageBatchCommand,
    }));
    return this.sdk;
  }

  async sendAll(bodies: readonly string[]): Promise<void> {
    if (bodies.length === 0) return;
    const { client, SendBatch } = await this.connect();
    for (let offset = 0; offset < bodies.length; offset += SQS_BATCH_LIMIT) {
      let entries = bodies
        .slice(offset, offset + SQS_BATCH_LIMIT)
        .map((body, index) => ({ Id: String(index), MessageBody: body }));
      for (let attempt = 0; entries.length > 0; attempt++) {
        if (attempt >= 5) throw new Error(`SQS refused ${entries.length} messages after retries`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 50));
        const result = await client.send(new SendBatch({ QueueUrl: this.queueUrl, Entries: entries }));
        const failed = new Set((result.Failed ?? []).map((failure) => failure.Id));
        entries = entries.filter((entry) => failed.has(entry.Id));
      }
    }
  }
}

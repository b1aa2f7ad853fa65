import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { MessageQueue } from '../../shared/storage/queue.js';

export type SqsHandler = ((event: SQSEvent, context: Context) => Promise<SQSBatchResponse>) & {
  /** Why messages of the last batch failed, when the handler can tell. */
  readonly failureReasons?: ReadonlyMap<string, string>;
};

export interface DeadLetter {
  readonly messageId: string;
  readonly body: string;
  readonly receiveCount: number;
  readonly reason: string;
  readonly deadLetteredAt: string;
}

export interface LocalQueueOptions {
  readonly handler: SqsHandler;
  /** Deliveries before a message goes to the dead-letter file, like SQS maxReceiveCount. */
  readonly maxReceiveCount?: number;
  readonly batchSize?: number;
  /** JSON Lines file of messages that kept failing. */
  readonly deadLetterFile: string;
  /** First retry delay; doubles each time. */
  readonly retryDelayMs?: number;
  /** Batches handled at once. Default 4. */
  readonly concurrency?: number;
}

interface Message {
  readonly messageId: string;
  readonly body: string;
  receiveCount: number;
  lastError: string;
}

/**
 * SQS semantics in one process: batches go to the same Lambda handler AWS runs, failed
 * messages (batchItemFailures, or the whole batch when the handler throws) come back after a
 * delay, and after `maxReceiveCount` deliveries go to a dead-letter file instead.
 */
export class LocalQueue implements MessageQueue {
  private readonly waiting: Message[] = [];
  private inFlight = 0;
  private delayed = 0;
  private pollers = 0;
  private idleWaiters: (() => void)[] = [];
  /** Messages finished: handled, or dead-lettered after the last retry. */
  settled = 0;

  constructor(private readonly options: LocalQueueOptions) {}

  /** MessageQueue: lets the API and re-processing queue messages exactly as they would on SQS. */
  async sendAll(bodies: readonly string[]): Promise<void> {
    for (const body of bodies) this.send(body);
  }

  send(body: string): void {
    this.waiting.push({ messageId: randomUUID(), body, receiveCount: 0, lastError: '' });
    void this.pump();
  }

  /** Resolves when no message is waiting, in flight or due for a retry. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  static async readDeadLetters(file: string): Promise<DeadLetter[]> {
    const text = await readFile(file, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as DeadLetter);
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.inFlight === 0 && this.delayed === 0 && this.pollers === 0;
  }

  /** Up to `concurrency` pollers take batches, as Lambda runs several invocations on one queue. */
  private async pump(): Promise<void> {
    while (this.pollers < (this.options.concurrency ?? 4) && this.waiting.length > 0) {
      this.pollers++;
      void this.poll().finally(() => {
        this.pollers--;
        if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
    }
  }

  private async poll(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.batchSize ?? 10);
      this.inFlight += batch.length;
      try {
        await this.deliver(batch);
      } finally {
        this.inFlight -= batch.length;
      }
    }
  }

  private async deliver(batch: Message[]): Promise<void> {
    for (const message of batch) message.receiveCount++;
    let failedIds: Set<string>;
    try {
      const response = await this.options.handler({ Records: batch.map(toSqsRecord) }, localContext());
      failedIds = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
      for (const message of batch)
        if (failedIds.has(message.messageId)) message.lastError = 'reported as a batch item failure';
    } catch (error) {
      failedIds = new Set(batch.map((message) => message.messageId));
      const reasons = this.options.handler.failureReasons;
      for (const message of batch) {
        message.lastError = reasons?.get(message.messageId) ?? (error instanceof Error ? error.message : String(error));
      }
    }
    for (const message of batch) {
      if (!failedIds.has(message.messageId)) this.settled++;
      else if (message.receiveCount >= (this.options.maxReceiveCount ?? 3)) {
        await this.deadLetter(message);
        this.settled++;
      } else this.retryLater(message);
    }
  }

  private retryLater(message: Message): void {
    this.delayed++;
    const delay = (this.options.retryDelayMs ?? 200) * 2 ** (message.receiveCount - 1);
    setTimeout(() => {
      this.delayed--;
      this.waiting.push(message);
      void this.pump();
    }, delay);
  }

  private async deadLetter(message: Message): Promise<void> {
    const letter: DeadLetter = {
      messageId: message.messageId,
      body: message.body,
      receiveCount: message.receiveCount,
      reason: message.lastError,
      deadLetteredAt: new Date().toISOString(),
    };
    await mkdir(dirname(this.options.deadLetterFile), { recursive: true });
    await appendFile(this.options.deadLetterFile, `${JSON.stringify(letter)}\n`);
  }
}

function toSqsRecord(message: Message): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: now,
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:docket-local-ingest',
    awsRegion: 'us-east-1',
  };
}

function localContext(): Context {
  const deadline = Date.now() + 5 * 60_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'docket-local-ingest',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:docket-local-ingest',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

import type { IngestCost } from './local.js';
import { round } from './stats.js';

export interface Prices {
  readonly date: string;
  readonly region: string;
  readonly note: string;
  readonly lambda: { perGbSecond: number; perMillionRequests: number; fullVcpuAtMb: number };
  readonly dynamodb: { perMillionWriteRequestUnits: number; perMillionReadRequestUnits: number };
  readonly s3: { perThousandPut: number; perThousandGet: number };
  readonly sqs: { perMillionRequests: number };
  readonly comprehend: { perUnit: number; charactersPerUnit: number; minimumUnitsPerRequest: number };
}

export interface Deployment {
  readonly ingestMemoryMb: number;
  readonly batchSize: number;
}

export interface CostPerThousand {
  readonly document: string;
  readonly bytes: number;
  readonly characters: number;
  /** Measured locally, then scaled to the CPU share Lambda gives the configured memory. */
  readonly billedMsPerDocument: number;
  readonly lambda: number;
  readonly dynamodb: number;
  readonly s3: number;
  readonly sqs: number;
  readonly docketTotal: number;
  readonly comprehend: number;
  /** Comprehend's price over Docket's for the same documents. */
  readonly comprehendOverDocket: number;
  readonly writeUnitsPerDocument: number;
  readonly readUnitsPerDocument: number;
}

/**
 * Dollars per 1,000 documents. Lambda: the measured ingest time of one document, scaled by the
 * CPU share of the configured memory (a full vCPU at 1,769 MB; less below it) because this
 * machine ran it on a full core, times the memory in GB; one invocation per batch. DynamoDB: the
 * request units the metered repository counted. S3: the upload PUT and the GETs ingest made. SQS:
 * the S3 notification sent, and one receive and one delete per batch (idle polling left out).
 */
export function costPerThousand(sample: IngestCost, prices: Prices, deployment: Deployment): CostPerThousand {
  const cpuShare = Math.min(1, deployment.ingestMemoryMb / prices.lambda.fullVcpuAtMb);
  const billedMs = Math.ceil(sample.ingestMedianMs / cpuShare);
  const gbSeconds = (billedMs / 1000) * (deployment.ingestMemoryMb / 1024);
  const lambda =
    gbSeconds * prices.lambda.perGbSecond + (prices.lambda.perMillionRequests / 1e6) * (1 / deployment.batchSize);
  const dynamodb =
    (sample.capacity.writeUnits * prices.dynamodb.perMillionWriteRequestUnits) / 1e6 +
    (sample.capacity.readUnits * prices.dynamodb.perMillionReadRequestUnits) / 1e6;
  const gets = Object.entries(sample.s3Requests)
    .filter(([command]) => !/^Put/.test(command))
    .reduce((total, [, count]) => total + count, 0);
  const puts = Object.entries(sample.s3Requests)
    .filter(([command]) => /^Put/.test(command))
    .reduce((total, [, count]) => total + count, 0);
  const s3 = (puts * prices.s3.perThousandPut) / 1000 + (gets * prices.s3.perThousandGet) / 1000;
  const sqs = ((1 + 2 / deployment.batchSize) * prices.sqs.perMillionRequests) / 1e6;
  const units = Math.max(
    prices.comprehend.minimumUnitsPerRequest,
    Math.ceil(sample.characters / prices.comprehend.charactersPerUnit),
  );
  const comprehend = units * prices.comprehend.perUnit;
  const docket = lambda + dynamodb + s3 + sqs;
  const perThousand = (dollars: number) => round(dollars * 1000, 4);
  return {
    document: sample.label,
    bytes: sample.bytes,
    characters: sample.characters,
    billedMsPerDocument: billedMs,
    lambda: perThousand(lambda),
    dynamodb: perThousand(dynamodb),
    s3: perThousand(s3),
    sqs: perThousand(sqs),
    docketTotal: perThousand(docket),
    comprehend: perThousand(comprehend),
    comprehendOverDocket: round(comprehend / docket, 0),
    writeUnitsPerDocument: sample.capacity.writeUnits,
    readUnitsPerDocument: sample.capacity.readUnits,
  };
}

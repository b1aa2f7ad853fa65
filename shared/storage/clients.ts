import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Endpoints come from the environment so that the same code talks to AWS or to the local
 * emulators: `DYNAMODB_ENDPOINT`, `S3_ENDPOINT`.
 */
export interface ClientSettings {
  readonly region?: string | undefined;
  readonly dynamodbEndpoint?: string | undefined;
  readonly s3Endpoint?: string | undefined;
}

export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ClientSettings {
  return {
    region: env.AWS_REGION ?? 'us-east-1',
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT,
    s3Endpoint: env.S3_ENDPOINT,
  };
}

export function createDocumentClient(settings: ClientSettings): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: settings.region ?? 'us-east-1',
    ...(settings.dynamodbEndpoint ? { endpoint: settings.dynamodbEndpoint } : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

export function createS3Client(settings: ClientSettings): S3Client {
  return new S3Client({
    region: settings.region ?? 'us-east-1',
    ...(settings.s3Endpoint
      ? {
          endpoint: settings.s3Endpoint,
          forcePathStyle: true,
          // s3rver stores aws-chunked framing as object bytes; plain bodies are what real S3 accepts too.
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
  });
}

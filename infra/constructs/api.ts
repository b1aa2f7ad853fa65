import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ApiAuth, DocketConfig } from '../config.js';
import { DocketFunction, retentionFor } from './docket-function.js';
import { grantTableAccess } from './table-access.js';

export interface ApiProps {
  readonly config: DocketConfig;
  readonly bucket: s3.Bucket;
  readonly table: dynamodb.Table;
  /** The ingest queue: POST /documents/{id}/reprocess sends to it. */
  readonly queue: sqs.IQueue;
}

/**
 * The query API: one Lambda (the Hono app) behind an HTTP API whose every route requires
 * authorisation (IAM SigV4 by default, JWT when configured), throttled, with JSON access logs.
 */
export class Api extends Construct {
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly handler: DocketFunction;
  readonly cursorSecret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { config, bucket, table, queue } = props;
    const { api } = config;

    // Signs the paging cursors so clients cannot forge or alter them.
    this.cursorSecret = new secretsmanager.Secret(this, 'CursorSecret', {
      description: 'Docket API: HMAC key that signs paging cursors',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The secret is the HMAC key that signs paging cursors, not a credential to any system: a leaked key lets a caller forge a cursor for data the API already lets it read. Rotation would only invalidate cursors in flight; rotate by hand (put-secret-value, then redeploy) if it is ever exposed.',
    });

    this.handler = new DocketFunction(this, 'Handler', {
      entry: 'functions/api/handler.ts',
      description: 'Docket API: answers queries from the records table',
      serviceName: 'docket-api',
      sizing: api.function,
      logRetentionDays: config.monitoring.logRetentionDays,
      sourceMap: true,
      environment: {
        TABLE_NAME: table.tableName,
        BUCKET_NAME: bucket.bucketName,
        INGEST_PREFIX: config.ingestPrefix,
        MAX_DOCUMENT_BYTES: String(config.maxDocumentBytes),
        QUEUE_URL: queue.queueUrl,
        // Read at cold start: the key is neither in the template nor in the function's configuration.
        CURSOR_SECRET_ARN: this.cursorSecret.secretArn,
      },
    });
    const fn = this.handler.function;
    grantTableAccess(table, fn, 'read');
    this.cursorSecret.grantRead(fn);
    queue.grantSendMessages(fn);
    this.handler.grantObjectActions(
      bucket,
      config.ingestPrefix,
      ['s3:GetObject', 's3:PutObject'],
      'presigned URLs carry the permissions of the signing role; GET /documents/{id}/source presigns a GET of an original and POST /uploads presigns a PUT of a new key chosen at run time.',
    );

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: retentionFor(config.monitoring.logRetentionDays),
    });
    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Docket query API',
      createDefaultStage: false,
      defaultAuthorizer: authorizerFor(api.auth),
      ...(api.auth.type === 'jwt' && api.auth.scopes.length > 0 ? { defaultAuthorizationScopes: api.auth.scopes } : {}),
      ...(api.corsAllowOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: api.corsAllowOrigins,
              allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.OPTIONS],
              allowHeaders: [
                'authorization',
                'content-type',
                'x-amz-date',
                'x-amz-security-token',
                'x-amz-content-sha256',
              ],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    this.httpApi.addRoutes({
      path: '/{proxy+}',
      methods: [apigw.HttpMethod.ANY],
      integration: new integrations.HttpLambdaIntegration('Handler', fn),
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: api.throttleRateLimit, burstLimit: api.throttleBurstLimit },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
  }

  /** The base URL clients call. */
  get url(): string {
    return this.stage.url;
  }
}

/** One JSON line per request with HTTP API context variables (the REST API presets name fields HTTP APIs lack). */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    caller: '$context.identity.caller',
    userArn: '$context.identity.userArn',
    httpMethod: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
  }),
);

function authorizerFor(auth: ApiAuth): apigw.IHttpRouteAuthorizer {
  if (auth.type === 'iam') return new authorizers.HttpIamAuthorizer();
  return new authorizers.HttpJwtAuthorizer('JwtAuthorizer', auth.issuer, { jwtAudience: auth.audience });
}

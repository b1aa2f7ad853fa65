import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../infra/config.js';
import { DocketStack } from '../../../infra/docket-stack.js';
import { tableDefinition } from '../../../shared/storage/table.js';

/** The feature flags of cdk.json, so the tests synthesise what `npm run synth` does. */
const cdkContext: Record<string, unknown> = JSON.parse(readFileSync('cdk.json', 'utf8')).context;

/** A synth takes 1–3 s; the margin is for a busy CI machine, not for slowness we accept. */
const SYNTH_TIMEOUT_MS = 30_000;

function synth(docket: unknown = {}) {
  const app = new App({ context: { ...cdkContext, docket, 'aws:cdk:bundling-stacks': [] } });
  const stack = new DocketStack(app, 'Docket', { config: parseConfig(docket) });
  return { app, stack, template: Template.fromStack(stack) };
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

/** The identity-policy statements attached to the execution role of the function whose logical id starts with `prefix`. */
function roleStatements(template: Template, functionPrefix: string): Statement[] {
  const functions = template.findResources('AWS::Lambda::Function');
  const [, fn] = Object.entries(functions).find(([id]) => id.startsWith(functionPrefix)) ?? [];
  const roleId: string = fn?.Properties.Role['Fn::GetAtt'][0];
  const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
    policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId),
  );
  return policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

describe('DocketStack with the default configuration', () => {
  let template: Template;
  let app: App;
  let stack: DocketStack;

  beforeAll(() => {
    ({ template, app, stack } = synth());
  }, SYNTH_TIMEOUT_MS);

  it('keeps documents in a private, encrypted, TLS-only, versioned bucket with access logs', () => {
    // Prepare / Act: synthesised once above. Assert:
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'documents/' },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Status: 'Enabled',
            NoncurrentVersionExpiration: { NoncurrentDays: 30, NewerNoncurrentVersions: 3 },
          }),
        ]),
      },
    });
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ VersioningConfiguration: Match.anyValue() }),
    });
    template.resourcePropertiesCountIs(
      'AWS::S3::BucketPolicy',
      {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
      2,
    );
  });

  it('sends object-created and object-removed events under the prefix to the queue', () => {
    const queueTarget = {
      QueueArn: Match.anyValue(),
      Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
    };
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          { ...queueTarget, Events: ['s3:ObjectCreated:*'] },
          { ...queueTarget, Events: ['s3:ObjectRemoved:*'] },
        ],
      },
    });
  });

  it('buffers events in an encrypted queue with a dead-letter queue and a visibility of 6× the ingest timeout', () => {
    const ingest = Object.values(template.findResources('AWS::Lambda::Function')).find((fn) =>
      String(fn.Properties.Description).startsWith('Docket ingest'),
    );
    const timeout: number = ingest?.Properties.Timeout;
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: Match.anyValue(),
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
    });
    const queue = Object.values(template.findResources('AWS::SQS::Queue')).find((q) => q.Properties.RedrivePolicy);
    expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.resourcePropertiesCountIs(
      'AWS::SQS::QueuePolicy',
      {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
      2,
    );
  });

  it('runs every function on Node 22 arm64 with JSON logs into a log group with retention', () => {
    template.resourceCountIs('AWS::Lambda::Function', 4); // ingest, api, reprocess + CDK's notifications handler
    template.resourcePropertiesCountIs(
      'AWS::Lambda::Function',
      { Runtime: 'nodejs22.x', Architectures: ['arm64'], LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }) },
      3,
    );
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Docket ingest'),
      MemorySize: 1024,
      Timeout: 120,
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          INGEST_PREFIX: 'incoming/',
          MAX_DOCUMENT_BYTES: String(50 * 1024 * 1024),
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Docket API'),
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          BUCKET_NAME: Match.anyValue(),
          QUEUE_URL: Match.anyValue(),
          CURSOR_SECRET_ARN: Match.anyValue(),
        }),
      },
    });
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('feeds the ingest function from the queue with partial batch responses', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 5,
      MaximumBatchingWindowInSeconds: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });

  it('declares the table as shared/storage/table.ts does, on demand, with PITR, deletion protection and RETAIN', () => {
    const definition = tableDefinition('docket');
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        KeySchema: definition.KeySchema,
        AttributeDefinitions: Match.arrayWith(definition.AttributeDefinitions ?? []),
        GlobalSecondaryIndexes: definition.GlobalSecondaryIndexes,
      }),
    });
  });

  it('puts the API behind IAM authorisation on every route, throttled and access-logged', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) expect(route.Properties.AuthorizationType).toBe('AWS_IAM');
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
  });

  it('runs the reprocess function on the configured EventBridge schedule, a bounded batch per run', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Docket reprocess'),
      Environment: {
        Variables: Match.objectLike({ QUEUE_URL: Match.anyValue(), REPROCESS_MAX_DOCUMENTS: '500' }),
      },
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 } })],
    });
  });

  it('alarms on dead letters, function errors and throttles, and API 5xx, into an encrypted topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [Match.anyValue()],
    });
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Namespace: 'AWS/Lambda' }, 3);
    template.resourcePropertiesCountIs(
      'AWS::CloudWatch::Alarm',
      { MetricName: 'Throttles', Namespace: 'AWS/Lambda' },
      3,
    );
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: '5xx', Namespace: 'AWS/ApiGateway' });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('grants least privilege: no wildcard actions, no Scan, object access only under the prefix', () => {
    const ours = ['IngestionIngest', 'ApiHandler', 'ReprocessingHandler'];
    for (const prefix of ours) {
      const statements = roleStatements(template, prefix);
      expect(statements.length, prefix).toBeGreaterThan(0);
      for (const statement of statements) {
        for (const action of actionsOf(statement)) {
          expect(action, prefix).not.toContain('*');
          expect(action, prefix).not.toBe('dynamodb:Scan');
        }
        const s3Actions = actionsOf(statement).filter((action) => action.startsWith('s3:'));
        if (s3Actions.length > 0) expect(JSON.stringify(statement.Resource), prefix).toContain('/incoming/*');
      }
    }
    const apiActions = roleStatements(template, 'ApiHandler').flatMap(actionsOf);
    expect(apiActions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem', 'sqs:SendMessage']));
    expect(apiActions.filter((action) => /dynamodb:(Put|Update|Delete|BatchWrite)/.test(action))).toEqual([]);
    const reprocessActions = roleStatements(template, 'ReprocessingHandler').flatMap(actionsOf);
    expect(reprocessActions).toEqual(
      expect.arrayContaining(['dynamodb:Query', 'dynamodb:UpdateItem', 'sqs:SendMessage']),
    );
    expect(reprocessActions.filter((action) => /dynamodb:(Delete|BatchWrite)/.test(action))).toEqual([]);
    const ingestActions = roleStatements(template, 'IngestionIngest').flatMap(actionsOf);
    expect(ingestActions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 's3:GetObject']));
    expect(ingestActions).not.toContain('s3:PutObject');
    template.resourcePropertiesCountIs(
      'AWS::IAM::Role',
      { ManagedPolicyArns: Match.anyValue(), Description: Match.stringLikeRegexp('^Docket') },
      0,
    );
  });

  it('outputs the bucket, API URL, table and queue', () => {
    for (const name of ['BucketName', 'ApiUrl', 'TableName', 'QueueUrl', 'DashboardName']) template.hasOutput(name, {});
  });

  it('leaves no cdk-nag AwsSolutions finding unacknowledged', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(
      report.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.resourceLogicalId).join(', ')}`),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });
});

describe('DocketStack with a JWT authoriser, CORS and custom sizing', () => {
  const config = {
    ingestPrefix: 'inbox/',
    ingestion: { function: { timeoutSeconds: 60 }, maxReceiveCount: 3, batchSize: 2 },
    api: {
      auth: {
        type: 'jwt',
        issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example',
        audience: ['client-id'],
      },
      corsAllowOrigins: ['https://docket.example.org'],
    },
    storage: { serverAccessLogs: false },
    reprocessing: { schedule: 'cron(0 3 * * ? *)' },
  };
  let result: ReturnType<typeof synth>;
  beforeAll(() => {
    result = synth(config);
  }, SYNTH_TIMEOUT_MS);

  it('authorises every route with the JWT authoriser and answers CORS for the configured origin', () => {
    const { template } = result;
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: config.api.auth.issuer, Audience: ['client-id'] },
    });
    for (const route of Object.values(template.findResources('AWS::ApiGatewayV2::Route'))) {
      expect(route.Properties.AuthorizationType).toBe('JWT');
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://docket.example.org'] }),
    });
  });

  it('follows the configured prefix, retries, batch, visibility and schedule', () => {
    const { template } = result;
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 6 * 60 + 5,
      RedrivePolicy: Match.objectLike({ maxReceiveCount: 3 }),
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 2 });
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 3 * * ? *)' });
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: Match.arrayWith([
          Match.objectLike({ Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'inbox/' }] } } }),
        ]),
      },
    });
    template.resourceCountIs('AWS::S3::Bucket', 1);
  });

  it('still leaves no cdk-nag finding unacknowledged', () => {
    expect(new AwsSolutionsChecks(result.app).validateScope(result.stack).violations).toEqual([]);
  });
});

describe('parseConfig', () => {
  it('rejects an invalid schedule, prefix or JWT issuer with the field named', () => {
    expect(() => parseConfig({ reprocessing: { schedule: 'daily' } })).toThrow(/schedule/);
    expect(() => parseConfig({ ingestPrefix: '/incoming' })).toThrow(/ingestPrefix/);
    expect(() => parseConfig({ api: { auth: { type: 'jwt', issuer: 'not a url', audience: ['a'] } } })).toThrow(
      /issuer/,
    );
  });

  it('accepts the context as JSON text, as `cdk -c docket=...` passes it', () => {
    expect(parseConfig('{"ingestPrefix":"inbox/"}').ingestPrefix).toBe('inbox/');
  });
});

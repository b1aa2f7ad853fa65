import * as path from 'node:path';
import { AssetHashType, type CfnResource, DockerImage, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import { lambdaBuildOptions, PROJECT_ROOT } from '../bundle-options.js';
import type { FunctionSizing } from '../config.js';

export interface DocketFunctionProps {
  /** Entry file relative to the repository root, e.g. `functions/ingest/handler.ts`. */
  readonly entry: string;
  readonly description: string;
  readonly sizing: FunctionSizing;
  readonly environment: Record<string, string>;
  readonly logRetentionDays: number;
  /** Source maps help read stack traces but cost bundle size and cold start; off for the PDF-heavy ingest bundle. */
  readonly sourceMap: boolean;
  /** Powertools service name (logs and metrics dimension). */
  readonly serviceName: string;
}

/**
 * A Node 22 arm64 function bundled by the local esbuild, with its own log group (retention set,
 * kept on delete so logs outlive a teardown) and its own role that can write only to that group.
 */
export class DocketFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: DocketFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: retentionFor(props.logRetentionDays),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // An explicit role instead of the AWSLambdaBasicExecutionRole managed policy, which may write to any log group.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (execution role)`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new lambda.Function(this, 'Function', {
      code: bundledCode(props.entry, props.sourceMap),
      handler: 'index.handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.sizing.memoryMb,
      timeout: Duration.seconds(props.sizing.timeoutSeconds),
      ...(props.sizing.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: props.sizing.reservedConcurrency }),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: 'Docket',
        ...(props.sourceMap ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
        ...props.environment,
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the project targets and tests (TOOLCHAIN-NOTES: Runtime.NODEJS_22_X, arm64); it is in AWS standard support. Moving to Node 24 is a deliberate upgrade with its own test run, not an automatic one.',
    });
  }

  /**
   * Allows `actions` on the objects under `prefix` only. The resource necessarily ends in `*` (any
   * key under the prefix), which cdk-nag reports; the acknowledgement names exactly that resource.
   */
  grantObjectActions(bucket: s3.Bucket, prefix: string, actions: readonly string[], why: string): void {
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: [...actions], resources: [bucket.arnForObjects(`${prefix}*`)] }),
    );
    const bucketResource = bucket.node.defaultChild as CfnResource | undefined;
    if (!bucketResource) return;
    const logicalId = Stack.of(bucket).getLogicalId(bucketResource);
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`,
      reason: `${actions.join(', ')} on any object under the ingest prefix "${prefix}" and nowhere else in the bucket: ${why}`,
    });
  }
}

/**
 * The handler bundled by the local esbuild with the options `npm run bench` measures
 * (infra/bundle-options.ts). NodejsFunction cannot do this: it bundles to a single `--outfile`,
 * which rules out the code splitting that keeps pdf.js out of cold starts.
 */
function bundledCode(entry: string, sourceMap: boolean): lambda.Code {
  return lambda.Code.fromAsset(path.join(PROJECT_ROOT, path.dirname(entry)), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type; never pulled, because local bundling always succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      local: {
        tryBundle(outputDir: string): boolean {
          buildSync(lambdaBuildOptions({ entry, outdir: outputDir, sourceMap }));
          return true;
        },
      },
    },
  });
}

/** CloudWatch Logs accepts only certain retention periods: the smallest one that keeps logs at least as long. */
export function retentionFor(days: number): logs.RetentionDays {
  const allowed = Object.values(logs.RetentionDays)
    .filter((value): value is logs.RetentionDays => typeof value === 'number' && value > 0)
    .sort((a, b) => a - b);
  return allowed.find((value) => value >= days) ?? logs.RetentionDays.INFINITE;
}

import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { documentStatuses } from '../../shared/model/record.js';
import type { DocketConfig } from '../config.js';

export interface MonitoringProps {
  readonly config: DocketConfig;
  /** Functions by display name, e.g. { Ingest: fn }. */
  readonly functions: Record<string, lambda.IFunction>;
  readonly queue: sqs.IQueue;
  readonly deadLetterQueue: sqs.IQueue;
  readonly httpApi: apigw.HttpApi;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms that mean "a person should look": a message in the dead-letter queue, a function error
 * or throttle, an API 5xx, an ingest backlog. They notify an encrypted SNS topic; a small dashboard
 * shows the same signals next to the throughput.
 */
export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { config, functions, queue, deadLetterQueue, httpApi } = props;

    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Docket: encrypts the alarm notification topic',
      enableKeyRotation: true,
    });
    // CloudWatch publishes alarm notifications to the encrypted topic, so it must use the key.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.topic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'Docket alarms',
      masterKey: key,
      enforceSSL: true,
    });
    if (config.monitoring.alarmEmail) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(config.monitoring.alarmEmail));
    }

    this.addAlarm('DeadLetterMessages', {
      metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        statistic: 'Maximum',
        period: Duration.minutes(1),
      }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      alarmDescription:
        'A document event failed every retry and waits in the dead-letter queue: inspect and redrive it.',
    });
    this.addAlarm('IngestBacklog', {
      metric: queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', period: FIVE_MINUTES }),
      threshold: 15 * 60,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      alarmDescription: 'The oldest ingest message is older than 15 minutes: ingestion is stuck or far behind.',
    });
    for (const [name, fn] of Object.entries(functions)) {
      this.addAlarm(`${name}Errors`, {
        metric: fn.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        alarmDescription: `The ${name} function failed at least once in 5 minutes.`,
      });
      this.addAlarm(`${name}Throttles`, {
        metric: fn.metricThrottles({ statistic: 'Sum', period: FIVE_MINUTES }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        alarmDescription: `The ${name} function was throttled in the last 5 minutes.`,
      });
    }
    this.addAlarm('Api5xx', {
      metric: httpApi.metricServerError({ statistic: 'Sum', period: FIVE_MINUTES }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      alarmDescription: 'The API answered with a 5xx status in the last 5 minutes.',
    });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: Stack.of(this).stackName,
      defaultInterval: Duration.days(1),
      widgets: [
        [
          new cloudwatch.GraphWidget({
            title: 'Ingest queue',
            left: [
              queue.metricApproximateNumberOfMessagesVisible({ label: 'waiting' }),
              deadLetterQueue.metricApproximateNumberOfMessagesVisible({ label: 'dead letters' }),
            ],
            right: [queue.metricApproximateAgeOfOldestMessage({ label: 'oldest (s)' })],
          }),
          new cloudwatch.GraphWidget({
            title: 'Documents ingested',
            left: documentStatuses.map(
              (status) =>
                new cloudwatch.Metric({
                  namespace: 'Docket',
                  metricName: `Documents_${status}`,
                  dimensionsMap: { service: 'docket-ingest' },
                  statistic: 'Sum',
                  label: status,
                }),
            ),
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Function errors and throttles',
            left: Object.entries(functions).map(([name, fn]) => fn.metricErrors({ label: `${name} errors` })),
            right: Object.entries(functions).map(([name, fn]) => fn.metricThrottles({ label: `${name} throttles` })),
          }),
          new cloudwatch.GraphWidget({
            title: 'Function duration p95 (ms)',
            left: Object.entries(functions).map(([name, fn]) => fn.metricDuration({ statistic: 'p95', label: name })),
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'API requests and errors',
            left: [httpApi.metricCount({ label: 'requests' })],
            right: [httpApi.metricClientError({ label: '4xx' }), httpApi.metricServerError({ label: '5xx' })],
          }),
          new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms }),
        ],
      ],
    });
  }

  private addAlarm(id: string, props: Omit<cloudwatch.AlarmProps, 'evaluationPeriods'>): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      ...props,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

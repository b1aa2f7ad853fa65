import { type Stack, Validations } from 'aws-cdk-lib';

/** The singleton Lambda that CDK adds to configure S3 bucket notifications (a custom resource). */
const BUCKET_NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

/**
 * Findings on resources that aws-cdk-lib creates for us and that we cannot shape, each with why
 * it is acceptable. Findings on our own resources are acknowledged next to the resource.
 */
export function acknowledgeCdkInternals(stack: Stack): void {
  const notificationsHandler = stack.node.tryFindChild(BUCKET_NOTIFICATIONS_HANDLER_ID);
  if (notificationsHandler) {
    const validations = Validations.of(notificationsHandler);
    validations.acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'The role of the CDK-provided custom resource that writes the bucket notification configuration at deploy time; CDK fixes its policies. AWSLambdaBasicExecutionRole only grants writing its own CloudWatch logs.',
    });
  }
}

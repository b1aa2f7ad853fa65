import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseConfig } from './config.js';
import { DocketStack } from './docket-stack.js';

/**
 * The CDK app: one environment-agnostic stack (so `cdk synth` needs no credentials), checked by
 * cdk-nag's AWS Solutions rules at synth time.
 */
const app = new App();
const config = parseConfig(app.node.tryGetContext('docket'));
new DocketStack(app, app.node.tryGetContext('stackName') ?? 'Docket', {
  config,
  description: 'Docket: extracts structured records from UN reports and press releases',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();

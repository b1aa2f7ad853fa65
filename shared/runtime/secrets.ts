import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * The cursor-signing key: `CURSOR_SECRET` when set (local runs), otherwise read once at cold start
 * from Secrets Manager (`CURSOR_SECRET_ARN`), so the key never sits in the function's configuration.
 *
 * @example
 * const env = { ...process.env, ...(await resolveCursorSecret(process.env)) };
 */
export async function resolveCursorSecret(env: NodeJS.ProcessEnv): Promise<{ CURSOR_SECRET?: string }> {
  if (env.CURSOR_SECRET || !env.CURSOR_SECRET_ARN) return {};
  const client = new SecretsManagerClient({ region: env.AWS_REGION ?? 'us-east-1' });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: env.CURSOR_SECRET_ARN }));
    if (!SecretString) throw new Error(`secret ${env.CURSOR_SECRET_ARN} has no string value`);
    return { CURSOR_SECRET: SecretString };
  } finally {
    client.destroy();
  }
}

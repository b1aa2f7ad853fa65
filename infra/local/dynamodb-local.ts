import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort, waitFor } from './free-port.js';

/** AWS's DynamoDBLocal.jar ships inside this npm package; only its emulator/ folder is taken. */
const JAR_PACKAGE = 'amplify-dynamodb-simulator@2.9.30';

export interface DynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Where the jar is cached: inside node_modules, so `npm ci` starts clean and reuse is free. */
export function jarDirectory(repositoryRoot: string): string {
  return join(repositoryRoot, 'node_modules', '.cache', 'dynamodb-local', JAR_PACKAGE.replace(/[@/]/g, '_'));
}

/** Fetches the jar with `npm pack` the first time (a few seconds), then reuses it. */
export function ensureJar(repositoryRoot: string): string {
  const directory = jarDirectory(repositoryRoot);
  if (existsSync(join(directory, 'DynamoDBLocal.jar'))) return directory;
  const work = mkdtempSync(join(tmpdir(), 'docket-ddb-'));
  try {
    execFileSync('npm', ['pack', JAR_PACKAGE, '--pack-destination', work, '--silent'], { stdio: 'ignore' });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${JAR_PACKAGE} produced no tarball`);
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/emulator']);
    mkdirSync(resolve(directory, '..'), { recursive: true });
    // A rename is atomic: two processes racing here both end with a whole jar.
    try {
      renameSync(join(work, 'package', 'emulator'), directory);
    } catch (error) {
      if (!existsSync(join(directory, 'DynamoDBLocal.jar'))) throw error;
    }
    return directory;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Starts DynamoDB Local with the machine's java on a free port: in memory, or persisted in `dataDirectory`.
 * The java process is killed when this process exits, however it exits.
 */
export async function startDynamoDbLocal(options: {
  repositoryRoot: string;
  dataDirectory?: string | undefined;
}): Promise<DynamoDbLocal> {
  const jar = ensureJar(options.repositoryRoot);
  const port = await freePort();
  const storage = options.dataDirectory ? ['-dbPath', options.dataDirectory] : ['-inMemory'];
  if (options.dataDirectory) mkdirSync(options.dataDirectory, { recursive: true });
  const java: ChildProcess = spawn(
    'java',
    [
      `-Djava.library.path=${join(jar, 'DynamoDBLocal_lib')}`,
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-Xmx512m',
      '-jar',
      join(jar, 'DynamoDBLocal.jar'),
      ...storage,
      // Without -sharedDb every access key and region pair sees different tables.
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    // DynamoDB Local writes a metadata file into its working directory: keep it out of the checkout.
    { stdio: ['ignore', 'ignore', 'pipe'], cwd: options.dataDirectory ?? tmpdir() },
  );
  const killOnExit = () => java.kill('SIGKILL');
  process.once('exit', killOnExit);
  let exited = false;
  const exitedPromise = new Promise<void>((resolveExit) =>
    java.once('exit', () => {
      exited = true;
      resolveExit();
    }),
  );
  let stderr = '';
  java.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`DynamoDB Local exited: ${stderr}`);
        await client.send(new ListTablesCommand({}));
        return true;
      },
      30_000,
      'DynamoDB Local',
    );
  } catch (error) {
    java.kill('SIGKILL');
    throw error;
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (!exited) {
        java.kill('SIGTERM');
        const timer = setTimeout(() => java.kill('SIGKILL'), 3000);
        await exitedPromise;
        clearTimeout(timer);
      }
    },
  };
}

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import { queueReprocessing, type ReprocessSelection } from '../../shared/reprocess/queue-reprocessing.js';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';
import { waitFor } from './free-port.js';
import { startLocalStack } from './stack.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const program = new Command('reprocess')
  .description('Re-extract stored documents in the local stack (.docket/), through the ingest queue')
  .addOption(
    new Option('--stale', 'documents extracted by another extractor version (default)').conflicts([
      'all',
      'id',
      'failed',
    ]),
  )
  .addOption(new Option('--failed', 'documents whose status is failed').conflicts(['all', 'id']))
  .addOption(new Option('--all', 'every document, even if unchanged').conflicts(['id']))
  .option('--id <id>', 'one document')
  .action(async (options: { stale?: boolean; failed?: boolean; all?: boolean; id?: string }) => {
    const selection: ReprocessSelection = options.id
      ? { mode: 'id', id: options.id }
      : options.all
        ? { mode: 'all' }
        : options.failed
          ? { mode: 'failed' }
          : { mode: 'stale' };
    const stack = await startLocalStack({ repositoryRoot, stateDirectory: join(repositoryRoot, '.docket') });
    process.once('SIGINT', () => void stack.stop().then(() => process.exit(130)));
    try {
      Object.assign(process.env, stack.environment, {
        POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
        POWERTOOLS_METRICS_DISABLED: 'true',
      });
      const { handler } = await import('../../functions/ingest/handler.js');
      const queue = stack.connectIngest(handler);
      const { repository } = servicesFromEnvironment(process.env, { queue });
      let queued = 0;
      let run = await queueReprocessing(repository, queue, selection, { maxDocuments: 500 });
      queued += run.queued;
      while (run.resumeFrom) {
        run = await queueReprocessing(repository, queue, selection, { maxDocuments: 500, resumeFrom: run.resumeFrom });
        queued += run.queued;
      }
      const bar = new SingleBar({ format: 're-processing [{bar}] {value}/{total}', hideCursor: true });
      bar.start(queued, 0);
      await waitFor(
        async () => {
          bar.update(Math.min(queue.settled, queued));
          return queue.settled >= queued;
        },
        30 * 60_000,
        're-processing',
      );
      bar.stop();
      console.log(`${queued} document(s) re-processed (${selection.mode})`);
      await stack.stop();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      await stack.stop();
      process.exitCode = 1;
    }
  });

await program.parseAsync();

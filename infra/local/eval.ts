import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const kit = process.env.DOCKET_KIT ?? resolve(repositoryRoot, '../shared');
const seeds = join(repositoryRoot, 'seeds');
const predictions = await mkdtemp(join(tmpdir(), 'docket-eval-'));
try {
  const files = (await readdir(seeds)).map((name) => join(seeds, name));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(repositoryRoot, 'infra/local/extract-cli.ts'), ...files, '--out', predictions],
    {
      stdio: ['ignore', 'inherit', 'ignore'],
    },
  );
  const scorerArgs = ['--gold', join(kit, 'gold'), '--pred', predictions, ...process.argv.slice(2)];
  execFileSync(process.execPath, [join(kit, 'eval/score.mjs'), ...scorerArgs], { stdio: 'inherit' });
} finally {
  await rm(predictions, { recursive: true, force: true });
}

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CREATE_REQUIRE_BANNER } from '../infra/bundle-options.js';

/**
 * Bundles a bench child (`memory-child.ts`, `alone-child.ts`) into `workDirectory` for plain
 * `node`: no TypeScript loader in the measured process. Returns the script's path.
 */
export async function bundleChildScript(childFile: string, workDirectory: string): Promise<string> {
  await mkdir(workDirectory, { recursive: true });
  const script = join(workDirectory, childFile.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [new URL(`./${childFile}`, import.meta.url).pathname],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: CREATE_REQUIRE_BANNER },
  });
  return script;
}

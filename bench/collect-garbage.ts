import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8's full garbage collection, reachable without starting node with `--expose-gc` (tsx starts the
 * process): the flag is set at run time and a fresh context hands out its `gc` global.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Libraries loaded on first use instead of at start-up: re2js (N:/K: regexes) and minimatch (maintainers.yml
 * globs, `rust.files`). Each costs about 10 ms to load, and routing one kernel path through an unchanged
 * MAINTAINERS usually needs neither (docs/PERFORMANCE.md, "The CLI: what a run does, and what limits it").
 *
 * Synchronous, so the core stays synchronous: `createRequire` loads each library's CommonJS build. The bundles
 * in dist/ carry those builds beside them (rollup.config.js writes dist/re2js.cjs and dist/minimatch.cjs and
 * sets BUNDLED_DIR below), since a GitHub Action runs without node_modules; run from the sources, they come
 * from node_modules.
 */
import { createRequire } from 'node:module';
import type * as Minimatch from 'minimatch';
import type * as Re2js from 're2js';

/** The folder of the bundled copies, relative to the bundle; rollup.config.js rewrites this line. */
const BUNDLED_DIR: string | null = null;

const load = createRequire(import.meta.url);

/** What each lazily loaded library exports. */
interface Libraries {
  re2js: typeof Re2js;
  minimatch: typeof Minimatch;
}

const loaded: Partial<Libraries> = {};

/**
 * The library, loaded the first time it is asked for.
 *
 * @example lazyRequire('minimatch').minimatch('rust/x.rs', '**\/*.rs') // → true
 */
export function lazyRequire<K extends keyof Libraries>(name: K): Libraries[K] {
  return (loaded[name] ??= load(BUNDLED_DIR === null ? name : `${BUNDLED_DIR}/${name}.cjs`) as Libraries[K]);
}

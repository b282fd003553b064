// Bundles the action into deterministic ES modules, as actions/typescript-action does, and the CLI into CommonJS.
//
// Start-up is most of a one-file `route` (docs/PERFORMANCE.md), so the CLI is split: dist/cli.cjs is a small
// entry that requires each command's chunk (dist/cli-*.cjs) when it runs, and re2js and minimatch are not
// bundled into any entry but written beside them as CommonJS (dist/re2js.cjs, dist/minimatch.cjs), which
// src/lazy-require.ts loads synchronously the first time a regex or a glob needs them. Every file sits in
// dist/ itself, so the lazy loads find their files from whichever chunk they run in.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

/** Warnings that @actions/* always trigger and that say nothing about our code. */
const BENIGN = new Set(['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY']);
/** Loaded by src/lazy-require.ts from dist/, never bundled into an entry. */
const LAZY = ['re2js', 'minimatch'];

/** Points src/lazy-require.ts at the copies in dist/, beside every bundle and chunk. */
function lazyRequireFromDist() {
  return {
    name: 'lazy-require-from-dist',
    transform(code, id) {
      if (!id.endsWith('/src/lazy-require.ts')) return null;
      // The TypeScript plugin hands over JavaScript: `const BUNDLED_DIR = null;`.
      const line = /const BUNDLED_DIR(?:: string \| null)? = null;/;
      if (!line.test(code)) this.error('src/lazy-require.ts no longer declares BUNDLED_DIR as expected');
      return code.replace(line, "const BUNDLED_DIR = '.';");
    },
  };
}

/**
 * Everything `route` needs before it knows the input's format goes into one chunk (dist/cli-route.cjs): each
 * module a run loads costs its own resolve, read, compile and link, and rollup would otherwise split it into
 * four by which commands share what. What only a patch, --git, --format json/markdown/get-maintainer or a
 * maintainers.yml needs stays in chunks of its own, loaded on demand.
 */
function routeChunk(id, { getModuleInfo }) {
  const staticClosure = (from) => {
    const seen = new Set();
    const visit = (module) => {
      if (seen.has(module)) return;
      seen.add(module);
      for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
    };
    visit(from);
    return seen;
  };
  routeChunk.members ??= (() => {
    const root = process.cwd();
    const route = staticClosure(`${root}/src/cli/route-command.ts`);
    for (const entry of staticClosure(`${root}/src/cli/index.ts`)) route.delete(entry);
    return route;
  })();
  return routeChunk.members.has(id) ? 'route' : undefined;
}

/** dist/ keeps no chunk of an earlier build: their names change as the code does. */
function cleanChunks(prefix) {
  return {
    name: `clean-${prefix}chunks`,
    buildStart() {
      for (const file of readdirSync('dist'))
        if (file.startsWith(prefix) && /\.c?js$/.test(file)) rmSync(`dist/${file}`);
    },
  };
}

/**
 * The CLI is CommonJS (dist/cli.cjs and its chunks), not an ES module: Node loads a CommonJS entry and its
 * chunks synchronously, without the ES module loader's resolve, translate and link steps, which cost 3–7 ms
 * of a one-file route on Node 24 (docs/PERFORMANCE.md). `import.meta.url` becomes the file's own URL.
 */
const importMetaUrlInCommonJs = {
  name: 'import-meta-url-in-commonjs',
  resolveImportMeta(property, { format }) {
    if (format !== 'cjs' || property !== 'url') return null;
    return "require('node:url').pathToFileURL(__filename).href";
  },
};

/**
 * Modules whose top level only defines things, although rollup cannot tell: when nothing of theirs is used they are
 * left out. @actions/github's utils builds a proxy-aware fetch at load, and @actions/core imports
 * @actions/http-client for OIDC tokens: either way undici (half the action's bundle) would be loaded on every run.
 * src/github/client.ts loads it (src/github/proxy-fetch.ts) only when a proxy applies.
 */
const SIDE_EFFECT_FREE = /\/node_modules\/(undici|tunnel|@actions\/http-client|@actions\/github\/lib\/utils\.js)/;
const treeshake = { moduleSideEffects: (id) => !SIDE_EFFECT_FREE.test(id) };

/**
 * Node's built-in modules through `require`, not `import`: an ESM import of a built-in builds a namespace of
 * every export, which evaluates lazy ones (`fs.promises` pulls in streams, readline and the REPL's history)
 * — several milliseconds of a 70 ms start (docs/PERFORMANCE.md). The named imports read the required object.
 */
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  resolveId(id) {
    if (!id.startsWith('node:') || id === 'node:module') return null;
    return { id: `\0builtin:${id}`, syntheticNamedExports: '__builtin', moduleSideEffects: false };
  },
  load(id) {
    if (!id.startsWith('\0builtin:')) return null;
    const name = JSON.stringify(id.slice('\0builtin:'.length));
    return `import { createRequire } from 'node:module';\nexport const __builtin = createRequire(import.meta.url)(${name});\nexport default __builtin;\n`;
  },
};

/**
 * The action runs from its checkout, where there is no node_modules: a bundle that imports a package (say a
 * value import of minimatch, which is external here for src/lazy-require.ts) would fail at load on every run.
 * Only Node's built-ins and dist/'s own files may be imported.
 */
const selfContained = {
  name: 'self-contained',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
        if (id in bundle || id.startsWith('node:') || builtinModules.includes(id)) continue;
        this.error(
          `${chunk.fileName} imports '${id}', which dist/ does not carry: load it through src/lazy-require.ts`,
        );
      }
    }
  },
};

const onwarn = (warning, warn) => {
  if (BENIGN.has(warning.code)) return;
  warn(warning);
};

/** re2js ships a self-contained CommonJS build: copied as it is. */
const copyRe2js = {
  name: 'copy-re2js',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 're2js.cjs', source: readFileSync('node_modules/re2js/build/index.cjs') });
  },
};

const plugins = [
  builtinsThroughRequire,
  lazyRequireFromDist(),
  typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json({ preferConst: true }),
];

export default [
  {
    input: { index: 'src/action/index.ts' },
    // What only some runs need (a proxy's fetch) is a chunk of its own, loaded when a run needs it.
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: '[name].js',
      // What the entry and that chunk share (Octokit) is named for being shared, not after its first module.
      chunkFileNames: (chunk) => (chunk.name === 'index' ? 'action-shared.js' : 'action-[name].js'),
    },
    external: LAZY,
    treeshake,
    plugins: [cleanChunks('action-'), ...plugins, copyRe2js, selfContained],
    onwarn,
  },
  {
    input: { cli: 'src/cli/index.ts' },
    output: {
      dir: 'dist',
      format: 'cjs',
      sourcemap: false,
      entryFileNames: '[name].cjs',
      // Named after their first module, without a hash, so dist/ is the same on every machine.
      chunkFileNames: 'cli-[name].cjs',
      manualChunks: routeChunk,
    },
    external: LAZY,
    treeshake,
    // Without the sources' comments (they stay in src/): a one-file route loads dist/cli-route.cjs whole, and what
    // it reads costs that run in page faults. At 268 KB the chunk cost 60–70 more faults to load than at 261 KB
    // (just under 256 KiB, where a 2 KB comment added nothing), 2–3 ms of CPU on Node 24; without comments it
    // is 179 KB (docs/PERFORMANCE.md).
    plugins: [
      cleanChunks('cli'),
      importMetaUrlInCommonJs,
      builtinsThroughRequire,
      lazyRequireFromDist(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true, removeComments: true }),
      nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
      commonjs(),
      json({ preferConst: true }),
      selfContained,
    ],
    onwarn,
  },
  {
    // minimatch and the packages it uses, as one CommonJS file.
    input: 'minimatch',
    output: { file: 'dist/minimatch.cjs', format: 'cjs', exports: 'named' },
    plugins: [nodeResolve({ preferBuiltins: true }), commonjs()],
    onwarn,
  },
];

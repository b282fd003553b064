// Bundles the benchmark (scripts/bench/*.ts) with the core it measures into build/, as rollup.config.js does
// for the action and the CLI, so `npm run bench` times the same compiled code they ship. build/ is gitignored.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

/** Warnings that @actions/* always trigger and that say nothing about our code. */
const BENIGN = new Set(['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY']);

const shared = {
  plugins: [
    // scripts/bench/tsconfig.json widens rootDir to the project so src/ and scripts/bench/ compile together.
    typescript({ tsconfig: './scripts/bench/tsconfig.json', outDir: 'build', noEmitOnError: true }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
  ],
  onwarn(warning, warn) {
    if (BENIGN.has(warning.code)) return;
    warn(warning);
  },
};

export default [
  { input: 'scripts/bench/bench.ts', output: { file: 'build/bench.js', format: 'es' }, ...shared },
  { input: 'scripts/bench/rss-wrapper.ts', output: { file: 'build/bench-rss.js', format: 'es' }, ...shared },
];

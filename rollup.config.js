// Bundles the action entry into one deterministic ES module, as actions/typescript-action does.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

/** Warnings that @actions/* always trigger and that say nothing about our code. */
const BENIGN = new Set(['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY']);

const shared = {
  plugins: [
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
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
  { input: 'src/action/index.ts', output: { file: 'dist/index.js', format: 'es', sourcemap: false }, ...shared },
  { input: 'src/cli/index.ts', output: { file: 'dist/cli.js', format: 'es', sourcemap: false }, ...shared },
];

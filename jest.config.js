// Jest runs the TypeScript sources through ts-jest as native ESM (the package is "type": "module").
// tsconfig's isolatedModules makes ts-jest transpile only, which keeps it fast; `npm run typecheck`
// type-checks the tests separately.
//
// Three projects, so one run of `jest` (npm test) runs them all in one worker pool, and a loop can pick one:
// - unit: the pure, in-process tests of src/ (`npm run test:unit`);
// - integration: the bundled CLI and action (tests/), the emulator and the src/ tests that start it (they
//   import emulator/harness.js), the bench's generators: bound by wall time (HTTP, Octokit's pacing of
//   writes), not CPU, and the end-to-end ones need a fresh dist/ (npm test bundles first);
// - kernel: `*.kernel.test.ts`, which read ../shared/kernel; collected only when it is there (see
//   jest/kernel-scale.js for the rules, and jest/kernel-scale-reporter.js for the note when it is not).
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectKernelTests, KERNEL_TEST_PATTERN } from './jest/kernel-scale.js';

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
};

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** The tests of src/ that start the emulator (they import emulator/harness.js), as `<rootDir>/src/…`. */
function emulatorTestsIn(dir) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((path) => /emulator\/harness\.js['"]/.test(readFileSync(path, 'utf8')))
    .map((path) => `<rootDir>/${relative(ROOT, path).split(sep).join('/')}`);
}
const emulatorTests = emulatorTestsIn('src');

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', KERNEL_TEST_PATTERN, ...emulatorTests.map(escapeRegExp)],
    },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/tests', '<rootDir>/emulator', '<rootDir>/scripts', '<rootDir>/src'],
      testMatch: ['<rootDir>/{tests,emulator,scripts}/**/*.test.ts', ...emulatorTests],
      testPathIgnorePatterns: ['/node_modules/', KERNEL_TEST_PATTERN],
    },
    ...(collectKernelTests()
      ? [
          {
            ...common,
            displayName: 'kernel',
            roots: ['<rootDir>/src', '<rootDir>/tests', '<rootDir>/emulator', '<rootDir>/scripts'],
            testMatch: ['**/*.kernel.test.ts'],
          },
        ]
      : []),
  ],
  reporters: ['default', '<rootDir>/jest/kernel-scale-reporter.js'],
  // Two workers per core, up to two more than the cores: the end-to-end files mostly wait (Octokit's throttling
  // spaces each run's writes 1 s apart, review requests 3 s, retries back off for seconds) and a waiting worker's
  // core is better spent on another file. Measured on a 2-core machine: docs/PERFORMANCE.md, "The test suite".
  maxWorkers: Math.min(availableParallelism() * 2, availableParallelism() + 2),
  // A worker that grew past this (the kernel-scale files hold whole trees; an end-to-end file's emulators and
  // module registry a few hundred MB) is replaced before its next file. A worker with a large heap could take more
  // than jest's 500 ms to wind down at the end, all of them at once on a 2-core machine, and be killed with a
  // "failed to exit gracefully" warning that hides real leaks: at 512 MB that happened in 4 of 5 runs with four
  // workers, at 256 MB in none of the 5 since (and no handle was left open after any file).
  workerIdleMemoryLimit: '256MB',
  // The end-to-end files run their tests with it.concurrent (each test owns its emulator): up to 10 at a time,
  // so a file of 21 waits out Octokit's pacing in three rounds instead of five.
  maxConcurrency: 10,
  // No test asserts a time. An end-to-end test runs the bundled action several times (5–20 s on an idle
  // machine); the limit is for a hung test, and stays clear of a busy machine's slowest honest run.
  testTimeout: 120000,
};

function escapeRegExp(text) {
  return text.replace('<rootDir>/', '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

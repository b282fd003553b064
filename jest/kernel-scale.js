/**
 * Kernel-scale tests: the ones that read the real kernel data in `../shared/kernel/` beside the repository
 * (whole MAINTAINERS files, every path of a tree, get_maintainer.pl's answers). That data is not in the
 * repository, so these tests must neither fail a bare clone nor pass by skipping. The rules:
 *
 * 1. Name the file `*.kernel.test.ts` and keep it beside the code it tests (`route.ts` →
 *    `route.kernel.test.ts`). Put nothing in it that can run without the kernel data: that belongs in the
 *    ordinary `*.test.ts`, on the committed excerpt in `fixtures/linux-6.12/` (see its README).
 * 2. Read the data only through this module: `readKernelFile('linux-6.12', 'MAINTAINERS')` or
 *    `kernelPath(…)`. Never test for the data yourself, never `it.skip`, never return early: a kernel-scale
 *    test that runs without its data fails, naming the file it wanted.
 * 3. Jest collects `*.kernel.test.ts` only when the data is present (jest.config.js, the `kernel` project).
 *    Without it, none is collected (so none is counted as skipped) and jest ends with one line naming the
 *    files that did not run and why (jest/kernel-scale-reporter.js).
 * 4. `.ci/run` sets RPR_REQUIRE_KERNEL_DATA=1: then a missing `../shared/kernel` stops jest with an error, so
 *    CI can never pass without having run them.
 *
 * Plain JavaScript, because jest.config.js and the reporter use it as well as the tests (types:
 * kernel-scale.d.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Where the real kernel data lives: `../shared/kernel` beside the repository. */
export const KERNEL_DATA = resolve(ROOT, '..', 'shared', 'kernel');

/** The environment variable that makes missing kernel data an error instead of a note. */
export const REQUIRE_KERNEL_DATA = 'RPR_REQUIRE_KERNEL_DATA';

/** A kernel-scale test file, as a jest path regex. */
export const KERNEL_TEST_PATTERN = '\\.kernel\\.test\\.ts$';

/** Every file the kernel-scale tests read: present means all of them are. */
const NEEDED = [
  'linux-6.12/MAINTAINERS',
  'linux-6.12/files.txt',
  'linux-6.12/get_maintainer.sample.tsv',
  'linux-6.1/MAINTAINERS',
  'linux-6.1/files.txt',
];

/** Whether the kernel data the kernel-scale tests read is all there. */
export function kernelDataPresent() {
  return NEEDED.every((file) => existsSync(join(KERNEL_DATA, file)));
}

/** Why the kernel-scale tests cannot run, or null when they can. */
export function kernelDataMissing() {
  if (!existsSync(KERNEL_DATA)) return `${KERNEL_DATA} is absent`;
  const missing = NEEDED.filter((file) => !existsSync(join(KERNEL_DATA, file)));
  if (missing.length === 0) return null;
  return `${KERNEL_DATA} lacks ${missing.join(', ')}`;
}

/**
 * The path of a file of the kernel data, e.g. `kernelPath('linux-6.12', 'files.txt')`. Throws when it is
 * missing: a kernel-scale test never runs without its data.
 */
export function kernelPath(...parts) {
  const path = join(KERNEL_DATA, ...parts);
  if (!existsSync(path)) {
    throw new Error(`kernel-scale test: ${path} is missing (see jest/kernel-scale.js for where the data goes)`);
  }
  return path;
}

/** The text of a file of the kernel data, e.g. `readKernelFile('linux-6.12', 'MAINTAINERS')`. */
export function readKernelFile(...parts) {
  return readFileSync(kernelPath(...parts), 'utf8');
}

/**
 * The kernel-scale test files under `roots` (paths from the repository root), for the note of what did not
 * run.
 */
export function kernelTestFiles(roots = ['src', 'tests', 'emulator', 'scripts']) {
  const pattern = new RegExp(KERNEL_TEST_PATTERN);
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.name === 'node_modules') return [];
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return pattern.test(entry.name) ? [relative(ROOT, path).split(sep).join('/')] : [];
    });
  return roots.filter((root) => existsSync(join(ROOT, root))).flatMap((root) => walk(join(ROOT, root)));
}

/**
 * Whether jest should collect the kernel-scale tests. Throws when RPR_REQUIRE_KERNEL_DATA is set and the
 * data is missing, so that jest stops before running anything.
 */
export function collectKernelTests(env = process.env) {
  const missing = kernelDataMissing();
  if (missing !== null && env[REQUIRE_KERNEL_DATA]) {
    const error = new Error(
      `${REQUIRE_KERNEL_DATA} is set but ${missing}: the kernel-scale tests cannot run. ` +
        `Put the kernel data there (see jest/kernel-scale.js), or unset ${REQUIRE_KERNEL_DATA} outside CI.`,
    );
    error.stack = error.message; // jest prints the stack: the message says everything, the frames nothing
    throw error;
  }
  return missing === null;
}

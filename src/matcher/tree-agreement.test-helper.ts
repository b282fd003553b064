/**
 * Test helper (test-only): the compiled index agrees with the naive matcher (every pattern on every path) on
 * every path of a real kernel tree. One kernel-scale file per tree (naive-matcher.linux-*.kernel.test.ts), so
 * jest can run the two on two cores: this is the longest check of the suite.
 */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { compileSubsystemIndex } from './compile-subsystem-index.js';
import { directoriesOf } from './directories.js';
import { compileNaiveMatcher } from './naive-matcher.js';
import type { PathMatch } from './types.js';

/** Paths per test case: the naive matcher tries all ~8k patterns on each, so a whole tree is split up. */
const CHUNK = 10_000;

function summary(matches: readonly PathMatch[]): string {
  return matches.map((m) => `${m.subsystem}:${m.specificity}:${m.fallback}:${m.pattern.text}`).join(' | ');
}

export function describeTreeAgreement(tree: string, count: number): void {
  describe(`the compiled index agrees with the naive matcher on every path of ${tree}`, () => {
    const paths = readKernelFile(tree, 'files.txt').split('\n').filter(Boolean);
    const chunks = Array.from({ length: Math.ceil(count / CHUNK) }, (_, i) => i);

    let compiled: ((path: string) => readonly PathMatch[]) | undefined;
    let naive: ((path: string) => PathMatch[]) | undefined;
    beforeAll(() => {
      const subsystems = parseKernelMaintainers(readKernelFile(tree, 'MAINTAINERS'), 'MAINTAINERS').value;
      const isDirectory = directoriesOf(paths);
      const index = compileSubsystemIndex(subsystems, { isDirectory });
      expect(index.errors).toEqual([]);
      compiled = index.value.match;
      naive = compileNaiveMatcher(subsystems, isDirectory);
    });

    it(`files.txt lists ${count} paths`, () => {
      expect(paths).toHaveLength(count);
    });

    it.each(chunks)('paths %d×10,000 onwards: same subsystems, same order', (chunk) => {
      const disagreements = paths.slice(chunk * CHUNK, (chunk + 1) * CHUNK).flatMap((path) => {
        const fast = summary(compiled!(path));
        const slow = summary(naive!(path));
        return fast === slow ? [] : [{ path, fast, slow }];
      });
      expect(disagreements).toEqual([]);
    });
  });
}

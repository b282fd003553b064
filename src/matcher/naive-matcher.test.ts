import { readFileSync } from 'node:fs';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { directoriesOf } from './directories.js';
import { compileSubsystemIndex } from './compile-subsystem-index.js';
import { compileNaiveMatcher, naiveMatch } from './naive-matcher.js';
import type { PathMatch } from './types.js';

function summary(matches: readonly PathMatch[]): string {
  return matches.map((m) => `${m.subsystem}:${m.specificity}:${m.fallback}:${m.pattern.text}`).join(' | ');
}

describe('naiveMatch', () => {
  const subsystems = parseKernelMaintainers('RUST\nF:\trust\n\nTHE REST\nF:\t*\nF:\t*/\n', 'MAINTAINERS').value;

  it('naiveMatch compiles once per (subsystems, isDirectory) and answers like get_maintainer.pl', () => {
    const isDirectory = (pattern: string) => pattern === 'rust';
    expect(summary(naiveMatch(subsystems, 'rust/kernel/str.rs', { isDirectory }))).toBe(
      '0:1:false:rust | 1:-1:true:*/',
    );
    expect(summary(naiveMatch(subsystems, 'rust/kernel/str.rs'))).toBe('1:-1:true:*/');
  });
});

describe('the compiled index agrees with the naive matcher on the committed 6.12 excerpt (fixtures/linux-6.12)', () => {
  it('compileSubsystemIndex and compileNaiveMatcher give every path the same subsystems, in the same order', () => {
    const read = (name: string) => readFileSync(new URL(`../../fixtures/linux-6.12/${name}`, import.meta.url), 'utf8');
    const subsystems = parseKernelMaintainers(read('MAINTAINERS'), 'MAINTAINERS').value;
    const paths = read('files.txt').split('\n').filter(Boolean);
    const isDirectory = directoriesOf(paths);
    const index = compileSubsystemIndex(subsystems, { isDirectory });
    expect(index.errors).toEqual([]);
    const naive = compileNaiveMatcher(subsystems, isDirectory);
    const disagreements = paths.flatMap((path) => {
      const fast = summary(index.value.match(path));
      const slow = summary(naive(path));
      return fast === slow ? [] : [{ path, fast, slow }];
    });
    expect(disagreements).toEqual([]);
  });
});

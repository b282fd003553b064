import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { directoriesOf } from './directories.js';
import { compileSubsystemIndex } from './compile-subsystem-index.js';
import { compileNaiveMatcher, naiveMatch } from './naive-matcher.js';
import type { PathMatch } from './types.js';

/** Paths per test case: the naive matcher tries all ~8k patterns on each, so a whole tree is split up. */
const CHUNK = 10_000;

function summary(matches: PathMatch[]): string {
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

describe.each([
  ['linux-6.12', 86_629],
  ['linux-6.1', 78_579],
])('the compiled index agrees with the naive matcher on every path of %s', (tree, count) => {
  const kernel = resolve(process.cwd(), `../shared/kernel/${tree}`);
  const present = existsSync(resolve(kernel, 'MAINTAINERS')) && existsSync(resolve(kernel, 'files.txt'));
  if (!present) console.warn(`SKIPPED: ${kernel}/MAINTAINERS or files.txt is absent; index == naive not checked`);
  const paths = present ? readFileSync(resolve(kernel, 'files.txt'), 'utf8').split('\n').filter(Boolean) : [];
  const chunks = present ? Array.from({ length: Math.ceil(count / CHUNK) }, (_, i) => i) : [];

  let compiled: ((path: string) => PathMatch[]) | undefined;
  let naive: ((path: string) => PathMatch[]) | undefined;
  beforeAll(() => {
    if (!present) return;
    const subsystems = parseKernelMaintainers(
      readFileSync(resolve(kernel, 'MAINTAINERS'), 'utf8'),
      'MAINTAINERS',
    ).value;
    const isDirectory = directoriesOf(paths);
    const index = compileSubsystemIndex(subsystems, { isDirectory });
    expect(index.errors).toEqual([]);
    compiled = index.value.match;
    naive = compileNaiveMatcher(subsystems, isDirectory);
  });

  (present ? it : it.skip)(`files.txt lists ${count} paths`, () => {
    expect(paths).toHaveLength(count);
  });

  (chunks.length > 0 ? it.each(chunks) : it.skip.each([0]))(
    'paths %d×10,000 onwards: same subsystems, same order',
    (chunk) => {
      const disagreements = paths.slice(chunk * CHUNK, (chunk + 1) * CHUNK).flatMap((path) => {
        const fast = summary(compiled!(path));
        const slow = summary(naive!(path));
        return fast === slow ? [] : [{ path, fast, slow }];
      });
      expect(disagreements).toEqual([]);
    },
  );
});

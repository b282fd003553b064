/**
 * Test helper (test-only): headerOwners against get_maintainer.pl's answers for the headers 6.12's Rust code
 * names (fixtures/linux-6.12/get_maintainer.headers.tsv, see its README for how they were produced). Run on the
 * committed MAINTAINERS excerpt by header-owners.test.ts and on the whole file by header-owners.kernel.test.ts.
 */
import { readFileSync } from 'node:fs';
import { policyFromKernel } from '../config/assemble-policy.js';
import { compileSubsystemIndex } from '../matcher/compile-subsystem-index.js';
import type { SubsystemIndex } from '../matcher/types.js';
import type { Policy } from '../model.js';

/** get_maintainer.pl's fallback: what it names for every path, and what routing asks only when nobody else owns it. */
const FALLBACK = 'THE REST';

/** Header → the section names get_maintainer.pl (v0.26, `--subsystem`) printed for it, sorted. */
export function getMaintainerHeaders(): Map<string, string[]> {
  const text = readFileSync(new URL('../../fixtures/linux-6.12/get_maintainer.headers.tsv', import.meta.url), 'utf8');
  return new Map(
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [header, names] = line.split('\t');
        return [header, names.split(';')];
      }),
  );
}

/** What headerOwners should give, by name and sorted: get_maintainer.pl's names, less THE REST if anyone else is named. */
export function expectedOwners(names: readonly string[]): string[] {
  const others = names.filter((name) => name !== FALLBACK);
  return (others.length > 0 ? others : [...names]).sort();
}

/**
 * MAINTAINERS compiled as routing compiles it (routing/compile-policy.ts: the same index, directories told from
 * the tree's paths as get_maintainer.pl's `-d` does). Routing itself sits above this folder, so its compiler is
 * not used here; headerOwners reads only the index.
 */
export function compileKernel(maintainers: string, fileList: string): { policy: Policy; index: SubsystemIndex } {
  const directories = new Set<string>();
  for (const path of fileList.split('\n')) {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      directories.add(path.slice(0, slash));
    }
  }
  const policy = policyFromKernel(maintainers, 'MAINTAINERS');
  expect(policy.errors).toEqual([]);
  const index = compileSubsystemIndex(policy.value.subsystems, { isDirectory: (pattern) => directories.has(pattern) });
  expect(index.errors).toEqual([]);
  return { policy: policy.value, index: index.value };
}

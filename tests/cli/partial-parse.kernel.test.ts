/**
 * Kernel-scale (reads ../shared/kernel): the partial parse `route` does for a handful of paths
 * (src/maintainers/sections-reaching.ts, used by src/cli/load-policy.ts) gives each path exactly the matches of
 * the full parse — subsystems, specificities and the deciding pattern's line — on every 97th path of 6.12.
 */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { parseKernelMaintainers } from '../../src/maintainers/parse-kernel.js';
import { maintainersBytes, parseKernelSlices, sectionsReaching } from '../../src/maintainers/sections-reaching.js';
import { compileSubsystemIndex } from '../../src/matcher/compile-subsystem-index.js';
import { directoriesOf } from '../../src/matcher/directories.js';

it('sectionsReaching: the partial parse matches as the full parse on 6.12', () => {
  const text = readKernelFile('linux-6.12', 'MAINTAINERS');
  // The CLI's reading: bytes, decoded only where a section is kept (6.12 has non-ASCII names).
  const bytes = maintainersBytes(Buffer.from(text));
  const paths = readKernelFile('linux-6.12', 'files.txt').trim().split('\n');
  const isDirectory = directoriesOf(paths);
  const full = parseKernelMaintainers(text, 'MAINTAINERS').value;
  const fullIndex = compileSubsystemIndex(full, { isDirectory }).value;
  const describe = (subsystems: typeof full, index: typeof fullIndex, path: string) =>
    index.match(path).map((m) => `${subsystems[m.subsystem].name}:${m.specificity}:${m.pattern.origin.line}`);
  const differ: string[] = [];
  for (let at = 0; at < paths.length; at += 97) {
    const path = paths[at];
    const partial = parseKernelSlices(
      bytes,
      'MAINTAINERS',
      sectionsReaching(bytes, [path], { keywords: false })!,
    ).value;
    const partialIndex = compileSubsystemIndex(partial, { isDirectory }).value;
    const [a, b] = [describe(partial, partialIndex, path), describe(full, fullIndex, path)];
    if (a.join() !== b.join()) differ.push(`${path}: ${a.join('; ')} ≠ ${b.join('; ')}`);
  }
  expect(differ).toEqual([]);
});

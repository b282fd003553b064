/**
 * Kernel-scale (reads ../shared/kernel): the partial parse `route` does for a handful of paths
 * (src/maintainers/sections-reaching.ts, used by src/cli/load-policy.ts) gives each path exactly the matches of
 * the full parse — subsystems, specificities and the deciding pattern's line — on every 97th path of 6.12.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseKernelMaintainers } from '../../src/maintainers/parse-kernel.js';
import { parseKernelSlices, sectionsReaching } from '../../src/maintainers/sections-reaching.js';
import { compileSubsystemIndex } from '../../src/matcher/compile-subsystem-index.js';
import { directoriesOf } from '../../src/matcher/directories.js';

const KERNEL = resolve(process.cwd(), '../shared/kernel/linux-6.12');
const present = existsSync(`${KERNEL}/MAINTAINERS`);
if (!present) console.warn(`SKIPPED: sections-reaching against the full parse — ${KERNEL} is absent`);

(present ? it : it.skip)('sectionsReaching: the partial parse matches as the full parse on 6.12', () => {
  const text = readFileSync(`${KERNEL}/MAINTAINERS`, 'utf8');
  const paths = readFileSync(`${KERNEL}/files.txt`, 'utf8').trim().split('\n');
  const isDirectory = directoriesOf(paths);
  const full = parseKernelMaintainers(text, 'MAINTAINERS').value;
  const fullIndex = compileSubsystemIndex(full, { isDirectory }).value;
  const describe = (subsystems: typeof full, index: typeof fullIndex, path: string) =>
    index.match(path).map((m) => `${subsystems[m.subsystem].name}:${m.specificity}:${m.pattern.origin.line}`);
  const differ: string[] = [];
  for (let at = 0; at < paths.length; at += 97) {
    const path = paths[at];
    const partial = parseKernelSlices(text, 'MAINTAINERS', sectionsReaching(text, [path], { keywords: false })!).value;
    const partialIndex = compileSubsystemIndex(partial, { isDirectory }).value;
    const [a, b] = [describe(partial, partialIndex, path), describe(full, fullIndex, path)];
    if (a.join() !== b.join()) differ.push(`${path}: ${a.join('; ')} ≠ ${b.join('; ')}`);
  }
  expect(differ).toEqual([]);
});

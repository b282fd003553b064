/**
 * What the benchmark routes: Linux 6.12's MAINTAINERS and file list from ../shared/kernel when present, else a
 * generated policy and tree of the same size and pattern mix (generate-kernel.ts), written to build/ so the CLI
 * can read them like the real ones.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateKernelMaintainers } from './generate-kernel.js';
import { generateKernelTree } from './generate-tree.js';

/** The kernel data's place relative to the project root (a folder beside the clone; CONTRIBUTING.md, "Kernel data"). */
export const KERNEL_DATA = '../shared/kernel/linux-6.12';

/** A policy and a tree, on disk and in memory. */
export interface BenchInput {
  kind: 'linux-6.12' | 'generated';
  /** MAINTAINERS on disk, for the CLI. */
  maintainersFile: string;
  maintainersText: string;
  /** Every path of the tree, sorted as files.txt is. */
  paths: string[];
  /** The same, one a line, on disk. */
  pathsFile: string;
}

/**
 * Loads the real kernel data, or generates and writes a stand-in when it is absent or `forceGenerated` is set.
 *
 * @example loadBenchInput('/work/main').kind // → 'linux-6.12' on the project's machine
 */
export function loadBenchInput(root: string, forceGenerated = false): BenchInput {
  const kernel = resolve(root, KERNEL_DATA);
  const maintainersFile = join(kernel, 'MAINTAINERS');
  const filesList = join(kernel, 'files.txt');
  if (!forceGenerated && existsSync(maintainersFile) && existsSync(filesList)) {
    return {
      kind: 'linux-6.12',
      maintainersFile,
      maintainersText: readFileSync(maintainersFile, 'utf8'),
      paths: readFileSync(filesList, 'utf8').split('\n').filter(Boolean),
      pathsFile: filesList,
    };
  }
  const paths = generateKernelTree();
  const maintainersText = generateKernelMaintainers(paths);
  const folder = join(root, 'build', 'bench-input');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'MAINTAINERS'), maintainersText);
  writeFileSync(join(folder, 'files.txt'), `${paths.join('\n')}\n`);
  return {
    kind: 'generated',
    maintainersFile: join(folder, 'MAINTAINERS'),
    maintainersText,
    paths,
    pathsFile: join(folder, 'files.txt'),
  };
}

/**
 * `count` paths spread evenly over the sorted list, so a sample covers every top-level directory in proportion
 * and is the same on every run.
 *
 * @example evenSample(['a', 'b', 'c', 'd'], 2) // → ['a', 'c']
 */
export function evenSample(paths: readonly string[], count: number): string[] {
  if (count >= paths.length) return [...paths];
  return Array.from({ length: count }, (_, index) => paths[Math.floor((index * paths.length) / count)]);
}

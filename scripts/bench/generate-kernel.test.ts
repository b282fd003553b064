import { policyFromKernel } from '../../src/config/assemble-policy.js';
import { parseKernelMaintainers } from '../../src/maintainers/parse-kernel.js';
import { directoriesOf } from '../../src/matcher/directories.js';
import type { Subsystem } from '../../src/model.js';
import { compilePolicy } from '../../src/routing/compile-policy.js';
import { generateKernelMaintainers } from './generate-kernel.js';
import { generateKernelTree } from './generate-tree.js';
import {
  F_SHAPES,
  FILES_BY_DEPTH,
  K_PATTERNS,
  KERNEL_PATHS,
  KERNEL_SECTIONS,
  N_PATTERNS,
  TOP_LEVEL_FILES,
  X_SHAPES,
  depthOf,
  patternShape,
  type PatternShape,
} from './kernel-statistics.js';
import { relocatePattern } from './relocate-section.js';

const tree = generateKernelTree();
const text = generateKernelMaintainers(tree);
const parsed = parseKernelMaintainers(text, 'MAINTAINERS');
const total = (key: 'files' | 'exclude' | 'names' | 'keywords', subsystems: Subsystem[] = parsed.value) =>
  subsystems.reduce((sum, subsystem) => sum + subsystem[key].length, 0);
const shapes = (key: 'files' | 'exclude', subsystems: Subsystem[] = parsed.value) => {
  const counts: Partial<Record<PatternShape, number>> = {};
  for (const subsystem of subsystems) {
    for (const pattern of subsystem[key])
      counts[patternShape(pattern.text)] = (counts[patternShape(pattern.text)] ?? 0) + 1;
  }
  return counts;
};
const nonZero = (counts: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe('generateKernelTree', () => {
  it('generateKernelTree gives 6.12’s number of paths, sorted and distinct', () => {
    expect(tree).toHaveLength(KERNEL_PATHS);
    expect(new Set(tree).size).toBe(KERNEL_PATHS);
    expect([...tree].sort()).toEqual(tree);
  });

  it('generateKernelTree puts exactly as many files at each depth as 6.12 has', () => {
    const byDepth: Record<number, number> = {};
    for (const path of tree) byDepth[depthOf(path)] = (byDepth[depthOf(path)] ?? 0) + 1;
    expect(byDepth).toEqual(FILES_BY_DEPTH);
  });

  it.each(Object.entries(TOP_LEVEL_FILES).filter(([, files]) => files >= 1000))(
    'generateKernelTree gives %s/ its share of the tree (%i files in 6.12), within 1%%',
    (top, files) => {
      const generated = tree.filter((path) => path.startsWith(`${top}/`)).length;
      expect(Math.abs(generated - files)).toBeLessThanOrEqual(files * 0.01);
    },
  );

  it('generateKernelTree is the same on every run, and a smaller tree has the size asked for', () => {
    expect(generateKernelTree().slice(0, 50)).toEqual(tree.slice(0, 50));
    expect(generateKernelTree({ paths: 1000 })).toHaveLength(1000);
  });
});

describe('generateKernelMaintainers', () => {
  it('generateKernelMaintainers writes a MAINTAINERS that parses with no error and no warning', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });

  it('generateKernelMaintainers has 6.12’s sections and F:, X:, N:, K: counts', () => {
    expect(parsed.value).toHaveLength(KERNEL_SECTIONS);
    expect({
      files: total('files'),
      exclude: total('exclude'),
      names: total('names'),
      keywords: total('keywords'),
    }).toEqual({
      files: Object.values(F_SHAPES).reduce((sum, n) => sum + n, 0),
      exclude: Object.values(X_SHAPES).reduce((sum, n) => sum + n, 0),
      names: N_PATTERNS,
      keywords: K_PATTERNS,
    });
  });

  it('generateKernelMaintainers writes F: and X: in 6.12’s glob shapes', () => {
    expect(shapes('files')).toEqual(nonZero(F_SHAPES));
    expect(shapes('exclude')).toEqual(nonZero(X_SHAPES));
  });

  it('generateKernelMaintainers ends with THE REST and has the Rust tree and three [RUST] drivers', () => {
    const names = parsed.value.map((subsystem) => subsystem.name);
    expect(names[names.length - 1]).toBe('THE REST');
    expect(parsed.value.find((subsystem) => subsystem.name === 'RUST')?.files[0]?.text).toBe('rust/');
    expect(names.filter((name) => name.endsWith('[RUST]'))).toHaveLength(3);
  });

  it('generateKernelMaintainers compiles into a routing policy with no error (every N: and K: is a valid regex)', () => {
    const policy = policyFromKernel(text, 'MAINTAINERS');
    expect(policy.errors).toEqual([]);
    expect(compilePolicy(policy.value, { isDirectory: directoriesOf(tree) }).errors).toEqual([]);
  });

  it('generateKernelMaintainers with scale 4 has four times the ordinary sections and patterns, one THE REST', () => {
    const scaled = parseKernelMaintainers(generateKernelMaintainers(tree, { scale: 4 }), 'MAINTAINERS');
    expect(scaled.errors).toEqual([]);
    expect(scaled.value).toHaveLength((KERNEL_SECTIONS - 1) * 4 + 1);
    expect(total('files', scaled.value)).toBe((total('files') - 2) * 4 + 2);
    expect(shapes('files', scaled.value)['leading-star']).toBe(2);
  });
});

describe('relocatePattern', () => {
  it.each([
    ['drivers/net/tun.c', 'drivers/net-v2/tun.c'],
    ['drivers/net/', 'drivers/net-v2/'],
    ['net/', 'net-v2/'],
    ['kernel/fork.c', 'kernel/fork-v2.c'],
    ['kernel/fo*', 'kernel/fo*-v2'],
    ['drivers/*/qcom/', 'drivers/*-v2/qcom/'],
    ['drivers/edac/altera_edac.[ch]', 'drivers/edac-v2/altera_edac.[ch]'],
    ['Makefile', 'Makefile-v2'],
  ])('relocatePattern moves %s to %s, keeping its shape', (pattern, moved) => {
    expect(relocatePattern(pattern, '-v2')).toBe(moved);
    expect(patternShape(moved)).toBe(patternShape(pattern));
  });
});

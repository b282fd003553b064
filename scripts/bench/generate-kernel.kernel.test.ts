/**
 * The generator run over the real 6.12 tree also yields a clean policy in 6.12's glob shapes
 * (kernel-scale: see jest/kernel-scale.js; generate-kernel.test.ts checks the generated tree).
 */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { parseKernelMaintainers } from '../../src/maintainers/parse-kernel.js';
import { generateKernelMaintainers } from './generate-kernel.js';
import { F_SHAPES, patternShape, type PatternShape } from './kernel-statistics.js';

describe('generateKernelMaintainers on the real 6.12 tree', () => {
  it('generateKernelMaintainers builds a clean policy from the real 6.12 tree', () => {
    const real = readKernelFile('linux-6.12', 'files.txt').split('\n').filter(Boolean);
    const generated = parseKernelMaintainers(generateKernelMaintainers(real), 'MAINTAINERS');
    expect(generated.errors).toEqual([]);
    const counts: Partial<Record<PatternShape, number>> = {};
    for (const subsystem of generated.value) {
      for (const pattern of subsystem.files) {
        counts[patternShape(pattern.text)] = (counts[patternShape(pattern.text)] ?? 0) + 1;
      }
    }
    expect(counts).toEqual(Object.fromEntries(Object.entries(F_SHAPES).filter(([, n]) => n > 0)));
  });
});

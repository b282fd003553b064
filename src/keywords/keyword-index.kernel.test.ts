/** Every K: of the real 6.12 MAINTAINERS compiles (kernel-scale: see jest/kernel-scale.js). */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { compileKeywordIndex } from './keyword-index.js';

const MIB = 1 << 20;

describe('keywords of the real 6.12 MAINTAINERS', () => {
  it('compileKeywordIndex compiles them all, and a Rust patch mentions RUST', () => {
    const real = parseKernelMaintainers(readKernelFile('linux-6.12', 'MAINTAINERS'), 'MAINTAINERS').value;
    const compiled = compileKeywordIndex(real);
    expect(compiled.errors).toEqual([]);
    const hits = compiled.value.scan(['rust: block: add Rust bindings', 'use kernel::prelude::*;'], MIB).hits;
    expect(hits.map((hit) => real[hit.subsystem].name)).toContain('RUST');
  });
});

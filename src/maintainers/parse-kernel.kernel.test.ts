/** parseKernelMaintainers on the whole of the real MAINTAINERS files (kernel-scale: see jest/kernel-scale.js). */
import { readKernelFile } from '../../jest/kernel-scale.js';
import { parseKernelMaintainers } from './parse-kernel.js';

describe.each([
  ['linux-6.12', 2906],
  ['linux-6.1', 2614],
])('parseKernelMaintainers on the real %s MAINTAINERS', (tree, sections) => {
  it(`finds ${sections} sections with no error`, () => {
    const parsed = parseKernelMaintainers(readKernelFile(tree, 'MAINTAINERS'), 'MAINTAINERS');
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value).toHaveLength(sections);
    expect(parsed.value[0].name).toBe('3C59X NETWORK DRIVER');
    expect(parsed.value.at(-1)!.name).toBe('THE REST');
    expect(parsed.value.at(-1)!.files.map((f) => f.text)).toEqual(['*', '*/']);
    const rust = parsed.value.find((s) => s.name === 'RUST')!;
    expect(rust.keywords.map((k) => k.text)).toEqual(['\\b(?i:rust)\\b']);
  });
});

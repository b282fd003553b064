import { compileSubsystemIndex } from '../matcher/compile-subsystem-index.js';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { pathsForGitFallback } from './git-fallback.js';

const TEXT = [
  'DMA',
  'M:\tA <a@x.org>',
  'S:\tSupported',
  'F:\tkernel/dma/',
  'X:\tkernel/dma/old.c',
  '',
  'BPF',
  'M:\tB <b@x.org>',
  'S:\tOdd Fixes',
  'F:\tkernel/bpf/',
  '',
  'LISTS ONLY',
  'L:\tlist@x.org',
  'S:\tMaintained',
  'F:\tlib/',
  '',
  'NAMED',
  'M:\tC <c@x.org>',
  'S:\tMaintained',
  'N:\tnet',
  '',
  'THE REST',
  'M:\tL <l@x.org>',
  'S:\tMaintained',
  'F:\t*',
  'F:\t*/',
].join('\n');

describe("pathsForGitFallback (get_maintainer.pl's %exact_pattern_match_hash)", () => {
  const subsystems = parseKernelMaintainers(TEXT, 'MAINTAINERS').value;
  const index = compileSubsystemIndex(subsystems).value;
  const asked = (paths: string[]) => pathsForGitFallback(subsystems, index, paths);

  it('an F: of a maintained section with an M: covers the files as deep as it is, not those below', () => {
    expect(asked(['kernel/dma/map.c', 'kernel/dma/sub/deep.c', 'kernel/dma/', 'kernel/dma/sub/'])).toEqual([
      'kernel/dma/sub/deep.c',
      'kernel/dma/sub/',
    ]);
  });

  it('not when an X: excludes the path, the S: is not maintained or supported, or there is no M:', () => {
    expect(asked(['kernel/dma/old.c', 'kernel/bpf/core.c', 'lib/sort.c'])).toEqual([
      'kernel/dma/old.c',
      'kernel/bpf/core.c',
      'lib/sort.c',
    ]);
  });

  it("an N: match is never exact, nor THE REST's * (which starts with a wildcard); MAINTAINERS is never asked", () => {
    expect(asked(['net.c', 'Makefile', 'MAINTAINERS', 'drivers/MAINTAINERS'])).toEqual(['net.c', 'Makefile']);
  });
});

/**
 * The owners of a header, on the committed 6.12 MAINTAINERS excerpt (fixtures/linux-6.12): the same as
 * get_maintainer.pl names for it, less THE REST when anyone else owns it.
 * header-owners.kernel.test.ts checks every header the real tree names, on the whole file.
 */
import { readFileSync } from 'node:fs';
import { compileKernel, expectedOwners, getMaintainerHeaders } from './header-owners.test-helper.js';
import { headerOwners } from './header-owners.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/linux-6.12/${name}`, import.meta.url), 'utf8');
const compiled = compileKernel(fixture('MAINTAINERS'), fixture('files.txt'));
const names = (header: string) => headerOwners(header, compiled).map((i) => compiled.policy.subsystems[i].name);
const sections = new Set(compiled.policy.subsystems.map((subsystem) => subsystem.name));

describe('headerOwners on the excerpt', () => {
  it.each<[string, string[]]>([
    ['include/linux/phy.h', ['ETHERNET PHY LIBRARY']],
    ['include/linux/blk-mq.h', ['BLOCK LAYER']],
    ['include/linux/blkdev.h', ['BLOCK LAYER']],
    // LOCKING PRIMITIVES is not in the excerpt: only the fallback is left
    ['include/linux/mutex.h', ['THE REST']],
    ['include/linux/dma-mapping.h', ['DMA MAPPING HELPERS']],
  ])('headerOwners(%s) → %j', (header, expected) => {
    expect(names(header)).toEqual(expected);
  });

  // A row whose every section is in the excerpt has the same answer there as on the whole file: matching is
  // decided per section (the excerpt README's parity argument).
  const complete = [...getMaintainerHeaders()].filter(([, named]) => named.every((name) => sections.has(name)));

  it("headerOwners covers some of get_maintainer.pl's rows on the excerpt", () => {
    expect(complete.length).toBeGreaterThanOrEqual(5);
  });

  it.each(complete)("headerOwners(%s) is get_maintainer.pl's %j less THE REST", (header, named) => {
    expect([...names(header)].sort()).toEqual(expectedOwners(named));
  });
});

describe('headerOwners on a small MAINTAINERS', () => {
  const small = compileKernel(
    [
      'List of maintainers',
      '',
      'HEADERS',
      'M:\tA <a@example.org>',
      'S:\tMaintained',
      'F:\tinclude/linux/',
      '',
      'X HEADER',
      'M:\tB <b@example.org>',
      'S:\tMaintained',
      'F:\tinclude/linux/x.h',
      '',
      'THE REST',
      'M:\tC <c@example.org>',
      'S:\tBuried alive in reporters',
      'F:\t*',
      'F:\t*/',
      '',
    ].join('\n'),
    'include/linux/x.h\ninclude/linux/y.h\ninclude/z.h\n',
  );
  const smallNames = (header: string) => headerOwners(header, small).map((i) => small.policy.subsystems[i].name);

  it.each<[string, string[]]>([
    ['include/linux/x.h', ['X HEADER', 'HEADERS']],
    ['include/linux/y.h', ['HEADERS']],
    ['include/z.h', ['THE REST']],
  ])('headerOwners(%s) → %j: most specific first, the fallback only when nobody else owns it', (header, expected) => {
    expect(smallNames(header)).toEqual(expected);
  });
});

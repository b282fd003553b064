import { compileSubsystemIndex } from '../matcher/compile-subsystem-index.js';
import { parseKernelMaintainers } from '../maintainers/parse-kernel.js';
import { parseMailmap } from './mailmap.js';
import { getMaintainerOutput, printedBlocks, printedLines } from './output-options.js';
import { renderGetMaintainer } from './render-get-maintainer.js';

/** Our own sections, each exercising one of get_maintainer.pl's rules (expected outputs checked against it). */
const TEXT = [
  'PHY DRIVER',
  'R:\tTess Gross <tess@example.edu>',
  'M:\tFay Tomo <fay@example.org>',
  'L:\tnetdev@vger.kernel.org',
  'L:\tisdn@lists.example.de (subscribers-only)',
  'S:\tMaintained',
  'F:\tdrivers/net/phy/',
  '',
  'NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY CHARACTERS LONG',
  'M:\tFAY TOMO <fay.old@example.org>',
  'M:\tOld Name <chris@example.de>',
  'L:\tNETDEV@vger.kernel.org',
  'L:\tlinux-arm-kernel@lists.example.org (moderated for non-subscribers)',
  'S:\tOdd Fixes',
  'F:\tdrivers/net/',
  '',
  'RUST',
  'M:\tMig Oje <mig@example.org>',
  'F:\trust/',
  'K:\t\\b(?i:rust)\\b',
  '',
  'THE REST',
  'M:\tLinus Torvalds <torvalds@linux-foundation.org>',
  'L:\tlinux-kernel@vger.kernel.org',
  'S:\tBuried alive in reporters',
  'F:\t*',
  'F:\t*/',
].join('\n');

describe('renderGetMaintainer', () => {
  const subsystems = parseKernelMaintainers(TEXT, 'MAINTAINERS').value;
  const index = compileSubsystemIndex(subsystems).value;
  const render = (paths: string[], extra: Partial<Parameters<typeof renderGetMaintainer>[0]> = {}) =>
    renderGetMaintainer({ subsystems, index, paths, keywords: [], ...extra }).people;

  it('prints people in file order (R: before M: if so written), then lists, each once, as get_maintainer.pl does', () => {
    expect(render(['drivers/net/phy/phy.c'])).toEqual([
      'Tess Gross <tess@example.edu> (reviewer:PHY DRIVER)',
      'Fay Tomo <fay@example.org> (maintainer:PHY DRIVER)',
      // FAY TOMO is Fay Tomo by name (without case): added once; the second person is new.
      'Old Name <chris@example.de> (odd fixer:NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...)',
      'netdev@vger.kernel.org (open list:PHY DRIVER)',
      'linux-arm-kernel@lists.example.org (moderated list:NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...)',
      'linux-kernel@vger.kernel.org (open list)',
    ]);
  });

  it('applies the mailmap before deduplicating', () => {
    const mailmap = parseMailmap('Chris Hell <chris@example.org> <chris@example.de>\n');
    expect(render(['drivers/net/x.c'], { mailmap })[1]).toBe(
      'Chris Hell <chris@example.org> (odd fixer:NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...)',
    );
  });

  it('adds keyword sections after the paths, with the keyword in the role', () => {
    const [rust] = subsystems.filter((s) => s.name === 'RUST');
    const keywords = [{ subsystem: subsystems.indexOf(rust), keyword: rust.keywords[0], index: 17 }];
    expect(render(['Makefile'], { keywords })).toEqual([
      'Mig Oje <mig@example.org> (unknown:RUST:Keyword:\\b(?i:rust)\\b)',
      'linux-kernel@vger.kernel.org (open list)',
    ]);
  });

  it('adds the people a .yaml file names, last, with the role "in file"', () => {
    const readFile = () => 'maintainers:\n  - Fay Tomo <fay@example.org>\n  - Olive Other <olive@example.net>\n';
    expect(render(['drivers/net/phy/example.yaml'], { readFile }).slice(0, 3)).toEqual([
      'Tess Gross <tess@example.edu> (reviewer:PHY DRIVER)',
      'Fay Tomo <fay@example.org> (maintainer:PHY DRIVER,in file)',
      'Old Name <chris@example.de> (odd fixer:NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...)',
    ]);
    expect(render(['drivers/net/phy/example.yaml'], { readFile })).toContain(
      'Olive Other <olive@example.net> (in file)',
    );
  });

  it("leaves out M:, R: or L: lines with get_maintainer.pl's --nom, --nor and --nol (outputs checked against it)", () => {
    expect(render(['drivers/net/phy/phy.c'], { output: getMaintainerOutput(['nom']) })).toEqual([
      'Tess Gross <tess@example.edu> (reviewer:PHY DRIVER)',
      'netdev@vger.kernel.org (open list:PHY DRIVER)',
      'linux-arm-kernel@lists.example.org (moderated list:NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...)',
      'linux-kernel@vger.kernel.org (open list)',
    ]);
    expect(render(['drivers/net/phy/phy.c'], { output: getMaintainerOutput(['nor']) })[0]).toBe(
      'Fay Tomo <fay@example.org> (maintainer:PHY DRIVER)',
    );
    expect(render(['drivers/net/phy/phy.c'], { output: getMaintainerOutput(['nol']) })).toEqual([
      'Tess Gross <tess@example.edu> (reviewer:PHY DRIVER)',
      'Fay Tomo <fay@example.org> (maintainer:PHY DRIVER)',
      'Old Name <chris@example.de> (odd fixer:NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...)',
    ]);
  });

  it('prints the addresses alone with --norolestats, each once, "in file" people included', () => {
    const readFile = () => 'maintainers:\n  - Fay Tomo <fay@example.org>\n  - Olive Other <olive@example.net>\n';
    const output = getMaintainerOutput(['norolestats']);
    expect(render(['drivers/net/phy/example.yaml'], { readFile, output })).toEqual([
      'Tess Gross <tess@example.edu>',
      'Fay Tomo <fay@example.org>',
      'Old Name <chris@example.de>',
      'Olive Other <olive@example.net>',
      'netdev@vger.kernel.org',
      'linux-arm-kernel@lists.example.org',
      'linux-kernel@vger.kernel.org',
    ]);
  });

  it('visits no section for a K: line with --nokeywords', () => {
    const keywords = [{ subsystem: 2, keyword: subsystems[2].keywords[0], index: 0 }];
    expect(render(['kernel/x.c'], { keywords })).toContain(
      'Mig Oje <mig@example.org> (unknown:RUST:Keyword:\\b(?i:rust)\\b)',
    );
    expect(render(['kernel/x.c'], { keywords, output: getMaintainerOutput(['nokeywords']) })).toEqual([
      'linux-kernel@vger.kernel.org (open list)',
    ]);
  });
});

describe("printedLines (get_maintainer.pl's output: --separator, --nomultiline)", () => {
  const lines = ['Fay Tomo <fay@example.org>', 'netdev@vger.kernel.org'];

  it('one a line by default', () => {
    expect(printedLines(lines, getMaintainerOutput([]))).toBe('Fay Tomo <fay@example.org>\nnetdev@vger.kernel.org\n');
  });

  it('on one line with --separator SEP, or with --nomultiline and ", "; the last --separator counts', () => {
    expect(printedLines(lines, getMaintainerOutput(['separator=,']))).toBe(
      'Fay Tomo <fay@example.org>,netdev@vger.kernel.org\n',
    );
    expect(printedLines(lines, getMaintainerOutput(['nomultiline']))).toBe(
      'Fay Tomo <fay@example.org>, netdev@vger.kernel.org\n',
    );
    expect(printedLines(lines, getMaintainerOutput(['separator=;', 'separator= | ']))).toBe(
      'Fay Tomo <fay@example.org> | netdev@vger.kernel.org\n',
    );
    // `--separator ", "` is the default: still one a line.
    expect(printedLines(lines, getMaintainerOutput(['separator=, ']))).toBe(
      printedLines(lines, getMaintainerOutput([])),
    );
  });

  it('nothing, not an empty line, when there is no one', () => {
    expect(printedLines([], getMaintainerOutput(['separator=,']))).toBe('');
  });
});

describe("--scm, --status, --subsystem, --web and --bug (get_maintainer.pl's add_categories; outputs checked against it)", () => {
  const text = [
    'PHY DRIVER',
    'M:\tFay Tomo <fay@example.org>',
    'S:\tMaintained',
    'W:\thttps://phy.example.org',
    'T:\tgit git://git.example.org/net.git',
    'F:\tdrivers/net/phy/',
    '',
    'NETWORKING DRIVERS',
    'M:\tJake Kici <jake@example.org>',
    'S:\tOdd Fixes',
    'B:\thttps://bugs.example.org',
    'T:\tgit git://git.example.org/net.git',
    'T:\tgit git://git.example.org/net-next.git',
    'F:\tdrivers/net/',
  ].join('\n');
  const subsystems = parseKernelMaintainers(text, 'MAINTAINERS').value;
  const index = compileSubsystemIndex(subsystems).value;
  const blocks = renderGetMaintainer({ subsystems, index, paths: ['drivers/net/phy/phy.c'], keywords: [] });

  it('collects each section visited: its name, T:, S:, W:, B: values, each once, in the order visited', () => {
    expect(blocks).toEqual({
      people: [
        'Fay Tomo <fay@example.org> (maintainer:PHY DRIVER)',
        'Jake Kici <jake@example.org> (odd fixer:NETWORKING DRIVERS)',
      ],
      scm: ['git git://git.example.org/net.git', 'git git://git.example.org/net-next.git'],
      status: ['Maintained', 'Odd Fixes'],
      subsystem: ['PHY DRIVER', 'NETWORKING DRIVERS'],
      web: ['https://phy.example.org'],
      bug: ['https://bugs.example.org'],
    });
  });

  it('prints the blocks asked for after the people, in its order whatever the order of the switches', () => {
    const output = getMaintainerOutput(['subsystem', 'scm']);
    expect(printedBlocks(blocks, output)).toBe(
      [
        'Fay Tomo <fay@example.org> (maintainer:PHY DRIVER)',
        'Jake Kici <jake@example.org> (odd fixer:NETWORKING DRIVERS)',
        'git git://git.example.org/net.git',
        'git git://git.example.org/net-next.git',
        'PHY DRIVER',
        'NETWORKING DRIVERS',
        '',
      ].join('\n'),
    );
  });

  it('on one line, a block asked for and empty is an empty line, as its output of an empty list', () => {
    const output = getMaintainerOutput(['nomultiline', 'bug', 'web']);
    expect(printedBlocks({ ...blocks, web: [] }, output)).toBe(
      'Fay Tomo <fay@example.org> (maintainer:PHY DRIVER), Jake Kici <jake@example.org> (odd fixer:NETWORKING DRIVERS)\n\nhttps://bugs.example.org\n',
    );
  });
});

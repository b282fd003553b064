/**
 * `route --format get-maintainer` on our synthetic MAINTAINERS (tests/cli/fixtures/README.md), through the
 * bundled CLI: each expected output is what `scripts/get_maintainer.pl --no-tree --nogit --nogit-fallback`
 * printed for the same tree — roles from S:, reviewers, open/moderated lists, a subscribers-only list left out,
 * a name cut at 50 characters, X: excluding, directories, the mailmap, `(in file)` people of a `.yaml` file,
 * THE REST's list without a section name and without Linus, and keywords in patch mode, diffstat included;
 * and b4's command lines, which pipe the patch to standard input and spell get_maintainer.pl's switches its way.
 * The real kernel's 148 samples are in get-maintainer.kernel.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cli, FIXTURES, scratch } from './cli-helpers.js';

/** util-linux's script(1), which runs a command on a terminal of its own. */
const SCRIPT = '/usr/bin/script';

const NET_DRIVERS = 'NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...';
const EXPECTED: Record<string, string[]> = {
  'drivers/net/phy/ax88796b_rust.rs': [
    'Fay Tomo <fay@example.org> (maintainer:ASIX PHY DRIVER [RUST])',
    'Tess Gross <tess@example.edu> (reviewer:ASIX PHY DRIVER [RUST])',
    'Andy Lunn <andy@example.ch> (maintainer:ETHERNET PHY LIBRARY)',
    'Russ King <russ@example.org.uk> (reviewer:ETHERNET PHY LIBRARY)',
    `"David S. Miller" <davem@example.net> (reviewer:${NET_DRIVERS})`,
    `Jake Kici <jake@example.org> (supporter:${NET_DRIVERS})`,
    'netdev@vger.kernel.org (open list:ASIX PHY DRIVER [RUST])',
    'rust-for-linux@vger.kernel.org (open list:ASIX PHY DRIVER [RUST])',
    'linux-arm-kernel@lists.example.org (moderated list:ETHERNET PHY LIBRARY)',
    'linux-kernel@vger.kernel.org (open list)',
  ],
  'drivers/net/phy/legacy/old.c': [
    `"David S. Miller" <davem@example.net> (reviewer:${NET_DRIVERS})`,
    `Jake Kici <jake@example.org> (supporter:${NET_DRIVERS})`,
    `netdev@vger.kernel.org (open list:${NET_DRIVERS})`,
    'linux-kernel@vger.kernel.org (open list)',
  ],
  'kernel/dma/map.c': [
    'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)',
    'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS)',
    'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
    'linux-kernel@vger.kernel.org (open list)',
  ],
  rust: [
    'Mig Oje <mig@example.org> (supporter:RUST)',
    'Tess Gross <tess@example.edu> (reviewer:RUST)',
    'rust-for-linux@vger.kernel.org (open list:RUST)',
    'linux-kernel@vger.kernel.org (open list)',
  ],
  'drivers/net/phy': [
    'Andy Lunn <andy@example.ch> (maintainer:ETHERNET PHY LIBRARY)',
    'Russ King <russ@example.org.uk> (reviewer:ETHERNET PHY LIBRARY)',
    `"David S. Miller" <davem@example.net> (reviewer:${NET_DRIVERS})`,
    `Jake Kici <jake@example.org> (supporter:${NET_DRIVERS})`,
    'netdev@vger.kernel.org (open list:ETHERNET PHY LIBRARY)',
    'linux-arm-kernel@lists.example.org (moderated list:ETHERNET PHY LIBRARY)',
    'linux-kernel@vger.kernel.org (open list)',
  ],
  'Documentation/devicetree/bindings/net/example-phy.yaml': [
    'Andy Lunn <andy@example.ch> (in file)',
    'Olive Other <olive@example.net> (in file)',
    'linux-kernel@vger.kernel.org (open list)',
  ],
  Makefile: ['linux-kernel@vger.kernel.org (open list)'],
  '0001-libbpf-fix-a-typo.patch': [
    'Bea Pefe <bea@example.org> (odd fixer:BPF [MISC]:Keyword:(?:\\b|_)bpf(?:\\b|_))',
    'linux-kernel@vger.kernel.org (open list)',
    'bpf@vger.kernel.org (open list:BPF [MISC]:Keyword:(?:\\b|_)bpf(?:\\b|_))',
  ],
  // `--- /dev/null` names "dev/null", which sorts before kernel/ and is THE REST's: its list comes first.
  '0002-dma-add-a-rust-pool.patch': [
    'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)',
    'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS)',
    'Mig Oje <mig@example.org> (supporter:RUST:Keyword:\\b(?i:rust)\\b)',
    'Tess Gross <tess@example.edu> (reviewer:RUST:Keyword:\\b(?i:rust)\\b)',
    'linux-kernel@vger.kernel.org (open list)',
    'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
    'rust-for-linux@vger.kernel.org (open list:RUST:Keyword:\\b(?i:rust)\\b)',
  ],
};

/** git format-patch's cover letter of a series: a mail without a diff, whose diffstat and subject hold keywords. */
const COVER_LETTER = [
  'From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001',
  'From: A Developer <dev@example.org>',
  'Date: Mon, 7 Dec 2026 10:00:00 +0000',
  'Subject: [PATCH 0/2] dma and libbpf fixes',
  '',
  'Two fixes.',
  '',
  'A Developer (2):',
  '  libbpf: fix a typo',
  '  dma: add a rust pool',
  '',
  ' kernel/dma/pool.rs     | 1 +',
  ' tools/lib/bpf/libbpf.c | 2 +-',
  ' 2 files changed, 2 insertions(+), 1 deletion(-)',
  '',
  '-- ',
  '2.43.0',
  '',
].join('\n');

/** A patch of the PHY driver, whose path sorts before kernel/dma/. */
const PHY_PATCH = [
  'From: A Developer <dev@example.org>',
  'Subject: [PATCH] net: phy: tidy',
  '',
  '---',
  'diff --git a/drivers/net/phy/ax88796b_rust.rs b/drivers/net/phy/ax88796b_rust.rs',
  '--- a/drivers/net/phy/ax88796b_rust.rs',
  '+++ b/drivers/net/phy/ax88796b_rust.rs',
  '@@ -1,1 +1,1 @@',
  '-//! old',
  '+//! new',
  '',
].join('\n');

/** The tree get_maintainer.pl ran in: the fixtures, and the files and directories named above. */
function tree(): string {
  const dir = scratch({
    'rust/kernel/str.rs': '',
    'drivers/net/phy/ax88796b_rust.rs': '',
    'drivers/net/phy/legacy/old.c': '',
    'kernel/dma/map.c': '',
    Makefile: '',
    'Documentation/devicetree/bindings/net/example-phy.yaml':
      '%YAML 1.2\n---\n$id: http://devicetree.org/schemas/net/example-phy.yaml#\ntitle: An example PHY\nmaintainers:\n  - Andy Lunn <andy@example.ch>\n  - Olive Other <olive@example.net>\n',
    // For --keywords-in-file (BPF [MISC]'s K:) and --file-emails (two addresses in a comment).
    'kernel/dma/bpf-map.c': '/* A map for bpf programs. */\n',
    'drivers/net/phy/legacy/credits.c':
      '/*\n * Copyright 2021 Ann Dev <ann@example.org>\n * With help from Olive Other <olive@example.net>\n */\n',
  });
  for (const name of ['MAINTAINERS', '.mailmap', '0001-libbpf-fix-a-typo.patch', '0002-dma-add-a-rust-pool.patch']) {
    copyFileSync(join(FIXTURES, name), join(dir, name));
  }
  writeFileSync(join(dir, '0000-cover-letter.patch'), COVER_LETTER);
  writeFileSync(join(dir, '0003-net-phy-tidy.patch'), PHY_PATCH);
  return dir;
}

describe('rust-patch-router route --format get-maintainer', () => {
  const dir = tree();

  it.each(Object.entries(EXPECTED))('%s prints what get_maintainer.pl prints', (argument, expected) => {
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', argument], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${expected.join('\n')}\n`);
    // git send-email --cc-cmd stops at a failing command: a hold is no reason to fail here.
    expect(run.code).toBe(0);
  });

  it('several paths: each path in turn, every person and list once', () => {
    const run = cli(
      ['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', 'kernel/dma/map.c', 'rust'],
      { cwd: dir },
    );
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)',
      'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS)',
      'Mig Oje <mig@example.org> (supporter:RUST)',
      'Tess Gross <tess@example.edu> (reviewer:RUST)',
      'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
      'linux-kernel@vger.kernel.org (open list)',
      'rust-for-linux@vger.kernel.org (open list:RUST)',
    ]);
  });

  // b4's defaults (b4.send-auto-to-cmd, b4.send-auto-cc-cmd) with our command in get_maintainer.pl's place: b4 pipes
  // each patch to both. Expected: what `get_maintainer.pl --no-tree` printed with the same switches and input.
  it.each([
    [
      '--nol',
      [
        'Chris Hell <chris@example.org>',
        'Mara Szy <mara@example.com>',
        'Mig Oje <mig@example.org>',
        'Tess Gross <tess@example.edu>',
      ],
    ],
    [
      '--nom',
      [
        'Tess Gross <tess@example.edu>',
        'linux-kernel@vger.kernel.org',
        'iommu@lists.example.dev',
        'rust-for-linux@vger.kernel.org',
      ],
    ],
  ])("b4's command line with %s: the patch on standard input, as get_maintainer.pl reads it", (last, expected) => {
    const b4 = ['--nogit', '--nogit-fallback', '--nogit-chief-penguins', '--norolestats', last];
    const patch = readFileSync(join(dir, '0002-dma-add-a-rust-pool.patch'));
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...b4], {
      cwd: dir,
      input: patch,
    });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`${expected.join('\n')}\n`);
  });

  it("takes get_maintainer.pl's switches as Getopt::Long spells them: --no-l, -nol, -no-l", () => {
    const route = (...switches: string[]) =>
      cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...switches, 'kernel/dma/map.c'], {
        cwd: dir,
      });
    const nol = route('--nol');
    expect(nol.stdout).toBe(
      'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)\nMara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS)\n',
    );
    for (const spelled of ['-nol', '--no-l', '-no-l']) expect([spelled, route(spelled)]).toEqual([spelled, nol]);
    const bare = route('--nol', '--norolestats');
    expect(bare.stdout).toBe('Chris Hell <chris@example.org>\nMara Szy <mara@example.com>\n');
    for (const spelled of [
      ['-nol', '-norolestats'],
      ['--no-l', '--no-rolestats'],
      ['-nogit', '-nogit-fallback', '-nol', '-no-rolestats'],
    ])
      expect([spelled, route(...spelled)]).toEqual([spelled, bare]);
  });

  // Expected: what `get_maintainer.pl --no-tree` printed for each (the same under Perl hash seeds 0–3), its `-f` for
  // our PATH arguments. With --fe --non, a name-less `in file` role goes to every name-less person (its add_role).
  const DMA = [
    'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)',
    'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS)',
  ];
  const DMA_LISTS = [
    'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
    'linux-kernel@vger.kernel.org (open list)',
  ];
  const BPF = '(?:\\b|_)bpf(?:\\b|_)';
  const OLD_C = [
    `"David S. Miller" <davem@example.net> (reviewer:${NET_DRIVERS})`,
    `Jake Kici <jake@example.org> (supporter:${NET_DRIVERS})`,
  ];
  const OLD_C_LISTS = [`netdev@vger.kernel.org (open list:${NET_DRIVERS})`, 'linux-kernel@vger.kernel.org (open list)'];
  it.each([
    [
      '--kf: the sections whose K: matches the file itself',
      ['--kf', 'kernel/dma/bpf-map.c'],
      [
        ...DMA,
        `Bea Pefe <bea@example.org> (odd fixer:BPF [MISC]:Keyword:${BPF})`,
        ...DMA_LISTS,
        `bpf@vger.kernel.org (open list:BPF [MISC]:Keyword:${BPF})`,
      ],
    ],
    [
      '--keywords-in-file needs --keywords',
      ['--keywords-in-file', '--nokeywords', 'kernel/dma/bpf-map.c'],
      [...DMA, ...DMA_LISTS],
    ],
    ['without --kf, a file is not searched', ['kernel/dma/bpf-map.c'], [...DMA, ...DMA_LISTS]],
    [
      '--fe: the addresses written in the file, as (in file)',
      ['--fe', 'drivers/net/phy/legacy/credits.c'],
      [...OLD_C, 'Ann Dev <ann@example.org> (in file)', 'Olive Other <olive@example.net> (in file)', ...OLD_C_LISTS],
    ],
    [
      '--fe --non: addresses alone, and its quirk',
      ['--fe', '--non', 'drivers/net/phy/legacy/credits.c'],
      [
        `davem@example.net (reviewer:${NET_DRIVERS},in file)`,
        `jake@example.org (supporter:${NET_DRIVERS},in file)`,
        'ann@example.org (in file)',
        'olive@example.net (in file)',
        ...OLD_C_LISTS,
      ],
    ],
    [
      '--file-emails --nofe: the last counts',
      ['--file-emails', '--nofe', 'drivers/net/phy/legacy/credits.c'],
      [...OLD_C, ...OLD_C_LISTS],
    ],
    [
      '--file: a patch given as an argument is a path',
      ['--file', '0001-libbpf-fix-a-typo.patch'],
      ['linux-kernel@vger.kernel.org (open list)'],
    ],
    [
      "-f: get_maintainer.pl's -f, as --file (the format is get_maintainer.pl's)",
      ['-f', '0001-libbpf-fix-a-typo.patch'],
      ['linux-kernel@vger.kernel.org (open list)'],
    ],
    ["-f before a path, as get_maintainer.pl's users give it", ['-f', 'kernel/dma/map.c'], [...DMA, ...DMA_LISTS]],
    [
      '--noemail --nol --scm: nothing to print (no T: here), printed',
      ['--noemail', '--nol', '--scm', 'kernel/dma/map.c'],
      [],
    ],
    [
      '--nom --m and -r -l --nor: the positive forms',
      ['--nom', '--m', '-r', '-l', '--nor', 'kernel/dma/map.c'],
      [...DMA, ...DMA_LISTS],
    ],
    [
      '--noremove-duplicates: Andy Lunn of the .yaml file and of MAINTAINERS, printed once all the same',
      [
        '--noremove-duplicates',
        'Documentation/devicetree/bindings/net/example-phy.yaml',
        'drivers/net/phy/ax88796b_rust.rs',
      ],
      [
        'Fay Tomo <fay@example.org> (maintainer:ASIX PHY DRIVER [RUST])',
        'Tess Gross <tess@example.edu> (reviewer:ASIX PHY DRIVER [RUST])',
        'Andy Lunn <andy@example.ch> (maintainer:ETHERNET PHY LIBRARY,in file)',
        'Russ King <russ@example.org.uk> (reviewer:ETHERNET PHY LIBRARY)',
        `"David S. Miller" <davem@example.net> (reviewer:${NET_DRIVERS})`,
        `Jake Kici <jake@example.org> (supporter:${NET_DRIVERS})`,
        'Olive Other <olive@example.net> (in file)',
        'linux-kernel@vger.kernel.org (open list)',
        'netdev@vger.kernel.org (open list:ASIX PHY DRIVER [RUST])',
        'rust-for-linux@vger.kernel.org (open list:ASIX PHY DRIVER [RUST])',
        'linux-arm-kernel@lists.example.org (moderated list:ETHERNET PHY LIBRARY)',
      ],
    ],
  ])('%s, as get_maintainer.pl', (_, args, expected) => {
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...args], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(expected.map((line) => `${line}\n`).join(''));
  });

  // get_maintainer.pl dies ("file 'kernel/dma/mapp.c' not found"); a silent THE REST would look like an answer.
  it('a path argument not in the tree is routed as written, with a warning, even without --tree', () => {
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', 'kernel/dma/mapp.c'], {
      cwd: dir,
    });
    expect([run.code, run.stdout]).toEqual([0, [...DMA, ...DMA_LISTS].map((line) => `${line}\n`).join('')]);
    expect(run.stderr).toMatch(/^kernel\/dma\/mapp\.c: not in the tree .* \(routed as written\)/);
  });

  it('--git outside a git work tree: nobody added, and a warning (get_maintainer.pl\'s "No supported VCS found")', () => {
    const run = cli(
      ['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', '--git', 'kernel/dma/map.c'],
      {
        cwd: dir,
      },
    );
    expect([run.code, run.stdout]).toEqual([0, [...DMA, ...DMA_LISTS].map((line) => `${line}\n`).join('')]);
    expect(run.stderr).toContain('--git: not a git work tree (or no git): nobody is added from its history');
    const text = cli(['route', '--maintainers', 'MAINTAINERS', '--git', 'kernel/dma/map.c'], { cwd: dir });
    expect([text.code, text.stdout]).toEqual([2, '']);
    expect(text.stderr).toContain('--git takes a revision range, BASE..HEAD or BASE...HEAD');
  });

  it('--mpath names the MAINTAINERS file, as --maintainers does', () => {
    const run = cli(['route', '--format', 'get-maintainer', '--mpath', 'MAINTAINERS', 'kernel/dma/map.c'], {
      cwd: dir,
    });
    expect(run).toEqual({ code: 0, stderr: '', stdout: [...DMA, ...DMA_LISTS].map((line) => `${line}\n`).join('') });
  });

  it.each([
    [['--noemail'], '--noemail leaves nothing to print: add --scm, --status, --subsystem, --web or --bug'],
    [['--email', '--nom', '--nor', '--nol'], '--nom, --nor and --nol together leave no one to print'],
    [['--git-blame'], "get_maintainer.pl's --git-blame (git blame of every line) is not taken"],
    [['-i'], "get_maintainer.pl's --interactive is not taken"],
  ])('%j is refused with a reason (exit 2), where get_maintainer.pl would not print', (switches, message) => {
    const run = cli(
      ['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...switches, 'kernel/dma/map.c'],
      {
        cwd: dir,
      },
    );
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(message);
  });

  // The kernel newbies' `git show HEAD | get_maintainer.pl --separator , --nokeywords --nogit --nogit-fallback
  // --norolestats`: expected, what get_maintainer.pl printed for the same input.
  it('--separator puts everyone on one line, and --nokeywords drops the sections a K: line found', () => {
    const patch = readFileSync(join(dir, '0001-libbpf-fix-a-typo.patch'));
    const route = (...switches: string[]) =>
      cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...switches], {
        cwd: dir,
        input: patch,
      });
    const newbies = ['--separator', ',', '--nogit', '--nogit-fallback', '--norolestats'];
    expect(route(...newbies).stdout).toBe(
      'Bea Pefe <bea@example.org>,linux-kernel@vger.kernel.org,bpf@vger.kernel.org\n',
    );
    expect(route(...newbies, '--nokeywords').stdout).toBe('linux-kernel@vger.kernel.org\n');
    expect(route('--separator=,', '--no-rolestats', '-nok').stdout).toBe('linux-kernel@vger.kernel.org\n');
  });

  it('--nomultiline joins with ", ", and Getopt::Long\'s single-dash spellings of the three', () => {
    const route = (...switches: string[]) =>
      cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...switches, 'kernel/dma/map.c'], {
        cwd: dir,
      });
    expect(route('--nomultiline', '--norolestats').stdout).toBe(
      'Chris Hell <chris@example.org>, Mara Szy <mara@example.com>, iommu@lists.example.dev, linux-kernel@vger.kernel.org\n',
    );
    expect(route('-nomultiline', '-separator', ';', '-norolestats').stdout).toBe(
      'Chris Hell <chris@example.org>;Mara Szy <mara@example.com>;iommu@lists.example.dev;linux-kernel@vger.kernel.org\n',
    );
  });

  // git send-email runs its --cc-cmd on a series' cover letter too, and stops at a command that fails.
  it("a cover letter: a warning, exit 0, and its text's keywords, as get_maintainer.pl", () => {
    const run = cli(
      ['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', '0000-cover-letter.patch'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      '0000-cover-letter.patch: a mail without a diff (a cover letter?): it changes no file (warning)\n',
    );
    expect(run.stdout).toBe(
      [
        'Bea Pefe <bea@example.org> (odd fixer:BPF [MISC]:Keyword:(?:\\b|_)bpf(?:\\b|_))',
        'Mig Oje <mig@example.org> (supporter:RUST:Keyword:\\b(?i:rust)\\b)',
        'Tess Gross <tess@example.edu> (reviewer:RUST:Keyword:\\b(?i:rust)\\b)',
        'bpf@vger.kernel.org (open list:BPF [MISC]:Keyword:(?:\\b|_)bpf(?:\\b|_))',
        'rust-for-linux@vger.kernel.org (open list:RUST:Keyword:\\b(?i:rust)\\b)',
        '',
      ].join('\n'),
    );
    // The other formats route the series it opens, cover letter and all (exit 1: its Rust files are held).
    const series = ['0000-cover-letter.patch', '0002-dma-add-a-rust-pool.patch', '0003-net-phy-tidy.patch'];
    const routed = cli(['route', '--maintainers', 'MAINTAINERS', ...series], { cwd: dir });
    expect([routed.code, routed.stderr]).toEqual([1, run.stderr]);
    expect(routed.stdout).toContain('kernel/dma/pool.rs →');
    expect(routed.stdout).toContain('drivers/net/phy/ax88796b_rust.rs →');
  });

  it('a series in one call: the paths of all its patches sorted together, as get_maintainer.pl sorts them', () => {
    // Given DMA's patch first, get_maintainer.pl visits dev/null (its `--- /dev/null`), drivers/net/phy/, then kernel/dma/.
    // Expected: what it printed for the same files.
    const series = ['0000-cover-letter.patch', '0002-dma-add-a-rust-pool.patch', '0003-net-phy-tidy.patch'];
    const run = cli(
      ['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', '--norolestats', ...series],
      {
        cwd: dir,
      },
    );
    expect(run.stdout).toBe(
      [
        'Fay Tomo <fay@example.org>',
        'Tess Gross <tess@example.edu>',
        'Andy Lunn <andy@example.ch>',
        'Russ King <russ@example.org.uk>',
        '"David S. Miller" <davem@example.net>',
        'Jake Kici <jake@example.org>',
        'Chris Hell <chris@example.org>',
        'Mara Szy <mara@example.com>',
        'Bea Pefe <bea@example.org>',
        'Mig Oje <mig@example.org>',
        'linux-kernel@vger.kernel.org',
        'netdev@vger.kernel.org',
        'rust-for-linux@vger.kernel.org',
        'linux-arm-kernel@lists.example.org',
        'iommu@lists.example.dev',
        'bpf@vger.kernel.org',
        '',
      ].join('\n'),
    );
  });

  it('given no change, an empty standard input is refused (exit 2), not routed to no one', () => {
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', '--nol'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '<stdin>: empty: route needs a change (a patch on standard input, or PATH or PATCH arguments)\n',
    );
  });

  // get_maintainer.pl's `-t STDIN`: on a terminal it does not wait for a patch. util-linux's script(1) gives the run a
  // terminal; without it (not on Debian's images) there is nothing to run this with.
  (existsSync(SCRIPT) ? it : it.skip)('given no change on a terminal, it asks for one instead of waiting', () => {
    const command = `${process.execPath} ${CLI} route --maintainers MAINTAINERS --format get-maintainer --nol`;
    const run = spawnSync(SCRIPT, ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('rust-patch-router: route needs a change');
  });

  it('the same keyword is found in routing: the diffstat names the library, so BPF [MISC] is mentioned', () => {
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '0001-libbpf-fix-a-typo.patch', '--format', 'json'], {
      cwd: dir,
    });
    const decision = JSON.parse(run.stdout);
    expect(decision.mentioned).toEqual(['BPF [MISC]']);
    expect(decision.keywordHits).toEqual([
      {
        subsystem: 'BPF [MISC]',
        pattern: '(?:\\b|_)bpf(?:\\b|_)',
        origin: { file: 'MAINTAINERS', line: 19, col: 4 },
        line: ' tools/lib/bpf/libbpf.c | 2 +-',
      },
    ]);
  });

  // Expected: what get_maintainer.pl --no-tree --nogit --nogit-fallback printed for each (seeds 0–3 alike). Before
  // the first file header every line is searched whole (From: included); after it only the +/- lines, so a context
  // line naming bpf finds nothing.
  const tidyPatch = (from: string) =>
    [
      'From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001',
      `From: A Developer <${from}>`,
      'Date: Mon, 7 Dec 2026 10:00:00 +0000',
      'Subject: [PATCH] dma: tidy',
      '',
      '---',
      ' kernel/dma/map.c | 2 +-',
      ' 1 file changed, 1 insertion(+), 1 deletion(-)',
      '',
      'diff --git a/kernel/dma/map.c b/kernel/dma/map.c',
      'index 0123456..89abcde 100644',
      '--- a/kernel/dma/map.c',
      '+++ b/kernel/dma/map.c',
      '@@ -1,3 +1,3 @@',
      ' /* used by bpf maps */',
      '-int x;',
      '+int y;',
      '',
    ].join('\n');

  it("a keyword in the mail's From: line is found, one in a context line is not, as get_maintainer.pl reads them", () => {
    const route = (from: string, format: string) =>
      cli(['route', '--maintainers', 'MAINTAINERS', '--format', format, '-'], { cwd: dir, input: tidyPatch(from) });
    const fromLine = route('dev@bpf.example.org', 'get-maintainer');
    expect([fromLine.code, fromLine.stderr]).toEqual([0, '']);
    expect(fromLine.stdout).toBe(
      [
        ...DMA,
        `Bea Pefe <bea@example.org> (odd fixer:BPF [MISC]:Keyword:${BPF})`,
        ...DMA_LISTS,
        `bpf@vger.kernel.org (open list:BPF [MISC]:Keyword:${BPF})`,
        '',
      ].join('\n'),
    );
    expect(JSON.parse(route('dev@bpf.example.org', 'json').stdout).keywordHits).toEqual([
      expect.objectContaining({ subsystem: 'BPF [MISC]', line: 'From: A Developer <dev@bpf.example.org>' }),
    ]);
    const contextOnly = route('dev@example.org', 'get-maintainer');
    expect(contextOnly.stdout).toBe([...DMA, ...DMA_LISTS, ''].join('\n'));
    expect(JSON.parse(route('dev@example.org', 'json').stdout).keywordHits).toEqual([]);
  });
});

/** A git work tree of the fixtures whose first commit a patch then fixes, made the same way on every run. */
function fixedTree(): { dir: string; fixed: string } {
  const dir = scratch({ 'kernel/dma/map.c': 'int a;\n' });
  for (const name of ['MAINTAINERS', '.mailmap']) copyFileSync(join(FIXTURES, name), join(dir, name));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Ann Dev',
    GIT_AUTHOR_EMAIL: 'ann@example.org',
    GIT_COMMITTER_NAME: 'Ann Dev',
    GIT_COMMITTER_EMAIL: 'ann@example.org',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '.');
  git('add', '-A');
  const message = [
    'dma: map a page',
    '',
    'Signed-off-by: Ann Dev <ann@example.org>',
    'Reviewed-by: Mara Szy <mara@example.com>',
    'Acked-by: Chris Hell <chris@example.de>',
    'Cc: Someone Else <else@example.org>',
    'Tested-by: Tess Ter <tess@example.net>',
    'Signed-off-by: Linus Torvalds <torvalds@linux-foundation.org>',
    'Signed-off-by: Bob Two <bob@example.org>',
    'Signed-off-by: Ann Dev <ann@example.org>',
  ].join('\n');
  git('commit', '-q', '-m', message);
  return { dir, fixed: git('rev-parse', '--short=12', 'HEAD') };
}

/** A fix of that commit, as git format-patch writes one. */
function fixPatch(fixes: string[]): string {
  return [
    'From: Fix Er <fixer@example.org>',
    'Subject: [PATCH] dma: fix the mapping',
    '',
    ...fixes.map((commit) => `Fixes: ${commit} ("dma: map a page")`),
    'Signed-off-by: Fix Er <fixer@example.org>',
    '---',
    ' kernel/dma/map.c | 1 +',
    '',
    'diff --git a/kernel/dma/map.c b/kernel/dma/map.c',
    '--- a/kernel/dma/map.c',
    '+++ b/kernel/dma/map.c',
    '@@ -1,1 +1,2 @@',
    ' int a;',
    '+int b;',
    '',
  ].join('\n');
}

// get_maintainer.pl adds the signers of each commit a patch's Fixes: lines name, from git, even with --nogit
// --nogit-fallback. Expected: what it printed (`--no-tree --nogit --nogit-fallback`) in the same git tree.
describe("rust-patch-router route --format get-maintainer: the signers of a patch's Fixes: commits", () => {
  const { dir, fixed } = fixedTree();
  const route = (patch: string, ...switches: string[]) =>
    cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...switches], {
      cwd: dir,
      input: patch,
    });

  it('adds them as blamed_fixes: counted, through the mailmap, Linus and Cc:/Tested-by: left out', () => {
    const run = route(fixPatch([fixed]));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      [
        'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS,blamed_fixes:1/1=100%)',
        'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS,blamed_fixes:1/1=100%)',
        'Ann Dev <ann@example.org> (blamed_fixes:2/1=100%)',
        'Bob Two <bob@example.org> (blamed_fixes:1/1=100%)',
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
        '',
      ].join('\n'),
    );
  });

  it("in b4's To: command too (--nol), and not with --nofixes", () => {
    const b4 = ['--nogit', '--nogit-fallback', '--nogit-chief-penguins', '--norolestats', '--nol'];
    expect(route(fixPatch([fixed]), ...b4).stdout).toBe(
      'Chris Hell <chris@example.org>\nMara Szy <mara@example.com>\nAnn Dev <ann@example.org>\nBob Two <bob@example.org>\n',
    );
    expect(route(fixPatch([fixed]), ...b4, '--nofixes').stdout).toBe(
      'Chris Hell <chris@example.org>\nMara Szy <mara@example.com>\n',
    );
  });

  it('a commit git does not know is a warning, and the others are still added', () => {
    const run = route(fixPatch(['deadbeef0', fixed]), '--norolestats', '--nol');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^.*\.git: Fixes: deadbeef0: git could not read the commit \(fatal: .*\); its signers are not added \(warning\)\n$/,
    );
    expect(run.stdout).toBe(
      'Chris Hell <chris@example.org>\nMara Szy <mara@example.com>\nAnn Dev <ann@example.org>\nBob Two <bob@example.org>\n',
    );
  });

  it('outside a git work tree nobody is added, silently, as get_maintainer.pl', () => {
    const bare = scratch({ 'kernel/dma/map.c': '' });
    copyFileSync(join(FIXTURES, 'MAINTAINERS'), join(bare, 'MAINTAINERS'));
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', '--nol', '--norolestats'], {
      cwd: bare,
      input: fixPatch([fixed]),
    });
    expect([run.code, run.stderr, run.stdout]).toEqual([
      0,
      '',
      'Chris Hell <chris@example.de>\nMara Szy <mara@example.com>\n',
    ]);
  });
});

// get_maintainer.pl's --sections, --letters, --pattern-depth, --s and --nomoderated. Expected: what it printed (`--no-tree`) in the tree.
describe('rust-patch-router route --format get-maintainer --sections, --letters, --pattern-depth, --s, --nomoderated', () => {
  const dir = tree();
  const route = (...args: string[]) =>
    cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...args], { cwd: dir });
  const THE_REST = [
    'THE REST',
    'M:\tLinus Torvalds <torvalds@linux-foundation.org>',
    'L:\tlinux-kernel@vger.kernel.org',
  ];

  it('--sections: the sections a path reaches, as MAINTAINERS has them, heaviest first, instead of anyone', () => {
    const run = route('--sections', 'rust');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      [
        ...['RUST', 'M:\tMig Oje <mig@example.org>', 'R:\tTess Gross <tess@example.edu>'],
        ...['L:\trust-for-linux@vger.kernel.org', 'S:\tSupported', 'F:\trust/', 'F:\tsamples/rust/'],
        ...['K:\t\\b(?i:rust)\\b', ''],
        ...THE_REST,
        ...['S:\tBuried alive in reporters', 'F:\t*', 'F:\t*/', '', ''],
      ].join('\n'),
    );
  });

  it('--letters: only those tags of each section (without case), and the sections an X: leaves', () => {
    expect(route('--letters', 'lS', 'drivers/net/phy/legacy/old.c').stdout).toBe(
      [
        'NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY CHARACTERS LONG',
        'L:\tnetdev@vger.kernel.org',
        'L:\tisdn@lists.example.de (subscribers-only)',
        'S:\tSupported',
        '',
        'THE REST',
        'L:\tlinux-kernel@vger.kernel.org',
        'S:\tBuried alive in reporters',
        '',
        '',
      ].join('\n'),
    );
  });

  it('--pattern-depth 1: patterns more than one directory above the path (and THE REST) do not count', () => {
    expect(route('--pattern-depth', '1', 'drivers/net/phy/ax88796b_rust.rs').stdout).toBe(
      [
        'Fay Tomo <fay@example.org> (maintainer:ASIX PHY DRIVER [RUST])',
        'Tess Gross <tess@example.edu> (reviewer:ASIX PHY DRIVER [RUST])',
        'Andy Lunn <andy@example.ch> (maintainer:ETHERNET PHY LIBRARY)',
        'Russ King <russ@example.org.uk> (reviewer:ETHERNET PHY LIBRARY)',
        'netdev@vger.kernel.org (open list:ASIX PHY DRIVER [RUST])',
        'rust-for-linux@vger.kernel.org (open list:ASIX PHY DRIVER [RUST])',
        'linux-arm-kernel@lists.example.org (moderated list:ETHERNET PHY LIBRARY)',
        '',
      ].join('\n'),
    );
  });

  it('--s adds the subscribers-only list (not with --nol); --nomoderated leaves out the moderated one', () => {
    const old = EXPECTED['drivers/net/phy/legacy/old.c'];
    const subscribers = `isdn@lists.example.de (subscriber list:${NET_DRIVERS})`;
    expect(route('--s', 'drivers/net/phy/legacy/old.c').stdout).toBe(
      `${[...old.slice(0, 3), subscribers, ...old.slice(3)].join('\n')}\n`,
    );
    expect(route('--s', '--nol', 'drivers/net/phy/legacy/old.c').stdout).toBe(`${old.slice(0, 2).join('\n')}\n`);
    const phy = EXPECTED['drivers/net/phy/ax88796b_rust.rs'];
    expect(route('--nomoderated', 'drivers/net/phy/ax88796b_rust.rs').stdout).toBe(
      `${phy.filter((line) => !line.includes('moderated list')).join('\n')}\n`,
    );
  });

  it('--sections needs the MAINTAINERS file itself, and --pattern-depth a whole number (exit 2 each)', () => {
    const yml = scratch({ 'maintainers.yml': 'version: 1\nsubsystems:\n  - name: RUST\n    files: ["rust/**"]\n' });
    const sections = cli(
      ['route', '--config', 'maintainers.yml', '--format', 'get-maintainer', '--sections', 'rust/x.rs'],
      {
        cwd: yml,
      },
    );
    expect([sections.code, sections.stdout]).toEqual([2, '']);
    expect(sections.stderr).toContain('--sections: --sections and --letters print the MAINTAINERS file itself');
    const depth = route('--pattern-depth', 'two', 'rust');
    expect([depth.code, depth.stdout]).toEqual([2, '']);
    expect(depth.stderr).toContain("--pattern-depth must be a whole number, not 'two'");
  });
});

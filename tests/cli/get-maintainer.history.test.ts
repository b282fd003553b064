/**
 * `route --format get-maintainer` in a git work tree, through the bundled CLI: get_maintainer.pl's git fallback,
 * its default (`--git-fallback`). Each file no exact pattern covers brings in the last year's signers, authors and
 * their added and removed lines. The tree is tests/cli/history-tree.ts's. Each expected output is what
 * `scripts/get_maintainer.pl --no-tree` printed in that tree (7 December 2026, under Perl hash seeds 0–7, all
 * the same).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './cli-helpers.js';
import { historyTree, HISTORY_PATHS } from './history-tree.js';

const NET = 'NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY...';
const DAVEM = `"David S. Miller" <davem@example.net> (reviewer:${NET})`;
const DEEP_PEOPLE = [
  'Ann Dev <ann@example.org> (commit_signer:8/8=100%,authored:5/8=62%,added_lines:15/28=54%,removed_lines:3/12=25%)',
  'Bob Two <bob@example.org> (commit_signer:4/8=50%,authored:2/8=25%,added_lines:9/28=32%,removed_lines:4/12=33%)',
  'Cara Three <cara@example.org> (commit_signer:2/8=25%,authored:1/8=12%,added_lines:4/28=14%,removed_lines:5/12=42%)',
];

const EXPECTED: Record<string, string[]> = {
  // Below kernel/dma/, which is not deep enough to be exact for it: the signers (Linus, Cc: and Tested-by: left
  // out, Chris Hell through the mailmap) join the maintainers; Perl's rounding: 1/8 is 12%, 5/8 is 62%.
  [HISTORY_PATHS.deep]: [
    'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS,commit_signer:1/8=12%)',
    'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS,commit_signer:3/8=38%)',
    ...DEEP_PEOPLE,
    'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
    'linux-kernel@vger.kernel.org (open list)',
  ],
  // Excluded from ETHERNET PHY LIBRARY by its X:; the commit of two years ago is not counted.
  [HISTORY_PATHS.old]: [
    DAVEM,
    `Jake Kici <jake@example.org> (supporter:${NET},commit_signer:3/3=100%,authored:2/3=67%,added_lines:3/4=75%)`,
    'Dee Four <dee@example.org> (commit_signer:1/3=33%,authored:1/3=33%,added_lines:1/4=25%,removed_lines:1/1=100%)',
    `netdev@vger.kernel.org (open list:${NET})`,
    'linux-kernel@vger.kernel.org (open list)',
  ],
  // Renamed within the year: git log --follow lists the commits of the old name, whose numstat lines do not name
  // this one, so nobody gets added_lines or removed_lines.
  [HISTORY_PATHS.renamed]: [
    DAVEM,
    `Jake Kici <jake@example.org> (supporter:${NET})`,
    'Gus Seven <gus@example.org> (commit_signer:2/3=67%,authored:2/3=67%)',
    'Fay Six <fay6@example.org> (commit_signer:1/3=33%,authored:1/3=33%)',
    `netdev@vger.kernel.org (open list:${NET})`,
    'linux-kernel@vger.kernel.org (open list)',
  ],
  // kernel/dma/ is exact for a file right in it: git is not asked.
  [HISTORY_PATHS.exact]: [
    'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)',
    'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS)',
    'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
    'linux-kernel@vger.kernel.org (open list)',
  ],
  // Deep enough, but BPF [MISC] is "Odd Fixes", not maintained: git is asked.
  [HISTORY_PATHS.bpf]: [
    'Bea Pefe <bea@example.org> (odd fixer:BPF [MISC],commit_signer:1/1=100%)',
    'Ann Dev <ann@example.org> (commit_signer:1/1=100%,authored:1/1=100%,added_lines:2/2=100%)',
    'bpf@vger.kernel.org (open list:BPF [MISC])',
    'linux-kernel@vger.kernel.org (open list)',
  ],
};

/** A patch of two of the files, as git format-patch writes one. */
const PATCH = [
  'From 1234567890123456789012345678901234567890 Mon Sep 17 00:00:00 2001',
  'From: Fix Er <fixer@example.org>',
  'Subject: [PATCH] touch two',
  '',
  'Signed-off-by: Fix Er <fixer@example.org>',
  '---',
  ` ${HISTORY_PATHS.deep} | 1 +`,
  ` ${HISTORY_PATHS.old} | 1 +`,
  '',
  ...[HISTORY_PATHS.deep, HISTORY_PATHS.old].flatMap((path) => [
    `diff --git a/${path} b/${path}`,
    `--- a/${path}`,
    `+++ b/${path}`,
    '@@ -1,1 +1,2 @@',
    ' x',
    '+y',
  ]),
  '',
].join('\n');

describe("rust-patch-router route --format get-maintainer in a git work tree: get_maintainer.pl's git fallback", () => {
  const dir = historyTree();
  const route = (args: string[], input?: string) =>
    cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'get-maintainer', ...args], { cwd: dir, input });

  it.each(Object.entries(EXPECTED))('%s prints what get_maintainer.pl prints', (path, expected) => {
    const run = route([path]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`${expected.join('\n')}\n`);
  });

  it('a patch: each of its files in turn, before the lists', () => {
    const run = route([], PATCH);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      DAVEM,
      `Jake Kici <jake@example.org> (supporter:${NET},commit_signer:3/3=100%,authored:2/3=67%,added_lines:3/4=75%)`,
      'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS,commit_signer:1/8=12%)',
      'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS,commit_signer:3/8=38%)',
      'Dee Four <dee@example.org> (commit_signer:1/3=33%,authored:1/3=33%,added_lines:1/4=25%,removed_lines:1/1=100%)',
      ...DEEP_PEOPLE,
      `netdev@vger.kernel.org (open list:${NET})`,
      'linux-kernel@vger.kernel.org (open list)',
      'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
    ]);
  });

  it("--norolestats --nol (a git send-email --to-cmd) gets them too; --nogit-fallback (b4's) does not", () => {
    const people = ['"David S. Miller" <davem@example.net>', 'Jake Kici <jake@example.org>'];
    const maintainers = ['Chris Hell <chris@example.org>', 'Mara Szy <mara@example.com>'];
    const history = ['Dee Four <dee@example.org>', 'Ann Dev <ann@example.org>', 'Bob Two <bob@example.org>'];
    expect(route(['--norolestats', '--nol'], PATCH).stdout).toBe(
      `${[...people, ...maintainers, ...history, 'Cara Three <cara@example.org>'].join('\n')}\n`,
    );
    const lists = ['netdev@vger.kernel.org', 'linux-kernel@vger.kernel.org', 'iommu@lists.example.dev'];
    expect(route(['--nogit-fallback', '--norolestats'], PATCH).stdout).toBe(
      `${[...people, ...maintainers, ...lists].join('\n')}\n`,
    );
  });

  it('the last of --nogit-fallback and --git-fallback counts, as Getopt::Long reads them', () => {
    const run = route(['--nogit-fallback', '--git-fallback', '--norolestats', '--nol', HISTORY_PATHS.renamed]);
    expect(run.stdout).toBe(
      '"David S. Miller" <davem@example.net>\nJake Kici <jake@example.org>\nGus Seven <gus@example.org>\nFay Six <fay6@example.org>\n',
    );
    expect(route(['--git-fallback', '--no-git-fallback', '--norolestats', '--nol', HISTORY_PATHS.renamed]).stdout).toBe(
      '"David S. Miller" <davem@example.net>\nJake Kici <jake@example.org>\n',
    );
  });

  it(".get_maintainer.ignore's people are skipped, and the next ones still counted to five", () => {
    writeFileSync(join(dir, '.get_maintainer.ignore'), 'Ann Dev <ann@example.org>\n');
    try {
      const run = route([HISTORY_PATHS.deep]);
      const [chris, mara, , , , iommu, lkml] = EXPECTED[HISTORY_PATHS.deep];
      expect(run.stdout).toBe(`${[chris, mara, ...DEEP_PEOPLE.slice(1), iommu, lkml].join('\n')}\n`);
    } finally {
      writeFileSync(join(dir, '.get_maintainer.ignore'), '');
    }
  });

  // get_maintainer.pl's knobs for whom a history adds, as a git config's cccmd may give them.
  it.each([
    [
      ['--git-min-percent', '30'],
      [
        'Ann Dev <ann@example.org> (commit_signer:8/8=100%,authored:5/8=62%,added_lines:15/28=54%)',
        'Bob Two <bob@example.org> (commit_signer:4/8=50%,added_lines:9/28=32%,removed_lines:4/12=33%)',
        'Cara Three <cara@example.org> (removed_lines:5/12=42%)',
      ],
      ',commit_signer:3/8=38%',
    ],
    [
      ['--git-max-maintainers', '2'],
      [
        'Ann Dev <ann@example.org> (commit_signer:8/8=100%,authored:5/8=62%,added_lines:15/28=54%)',
        'Bob Two <bob@example.org> (commit_signer:4/8=50%,authored:2/8=25%,added_lines:9/28=32%,removed_lines:4/12=33%)',
        'Cara Three <cara@example.org> (removed_lines:5/12=42%)',
      ],
      '',
    ],
    [
      ['--git-since', '90.days.ago'],
      [
        'Ann Dev <ann@example.org> (commit_signer:3/3=100%,authored:2/3=67%,added_lines:2/8=25%,removed_lines:1/4=25%)',
        'Bob Two <bob@example.org> (commit_signer:2/3=67%,authored:1/3=33%,added_lines:6/8=75%,removed_lines:3/4=75%)',
        'Cara Three <cara@example.org> (commit_signer:1/3=33%)',
      ],
      '',
    ],
    [
      ['--git-min-signatures=3'],
      [
        'Ann Dev <ann@example.org> (commit_signer:8/8=100%,authored:5/8=62%,added_lines:15/28=54%,removed_lines:3/12=25%)',
        'Bob Two <bob@example.org> (commit_signer:4/8=50%,added_lines:9/28=32%,removed_lines:4/12=33%)',
        'Cara Three <cara@example.org> (added_lines:4/28=14%,removed_lines:5/12=42%)',
      ],
      ',commit_signer:3/8=38%',
    ],
  ])('%j shapes whom the history adds, as there', (switches, history, maraRole) => {
    const run = route([...switches, HISTORY_PATHS.deep]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      `${[
        'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)',
        `Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS${maraRole})`,
        ...history,
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
      ].join('\n')}\n`,
    );
  });

  it('--norolestats --roles: the roles without the counts; --noroles alone changes nothing', () => {
    const run = route(['--norolestats', '--roles', HISTORY_PATHS.deep]);
    expect(run.stdout).toBe(
      [
        'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS,commit_signer)',
        'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS,commit_signer)',
        'Ann Dev <ann@example.org> (commit_signer,authored,added_lines,removed_lines)',
        'Bob Two <bob@example.org> (commit_signer,authored,added_lines,removed_lines)',
        'Cara Three <cara@example.org> (commit_signer,authored,added_lines,removed_lines)',
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
        '',
      ].join('\n'),
    );
    expect(route(['--noroles', HISTORY_PATHS.deep]).stdout).toBe(`${EXPECTED[HISTORY_PATHS.deep].join('\n')}\n`);
  });

  // Expected: what get_maintainer.pl printed for each (under Perl hash seeds 0–7, all the same), quirks included: with
  // --non, a name-less signer's role goes to every name-less entry (its add_role compares names), and the mailmap
  // still gives Chris Hell his name back (its deduplicate_email formats with names).
  it.each([
    [
      '--git-chief-penguins: Linus Torvalds kept, THE REST\'s "chief penguin", and counted among the signers',
      ['--git-chief-penguins', HISTORY_PATHS.old],
      [
        DAVEM,
        `Jake Kici <jake@example.org> (supporter:${NET},commit_signer:3/3=100%,authored:2/3=67%,added_lines:3/4=75%)`,
        'Linus Torvalds <torvalds@linux-foundation.org> (chief penguin:THE REST,commit_signer:1/3=33%)',
        'Dee Four <dee@example.org> (commit_signer:1/3=33%,authored:1/3=33%,added_lines:1/4=25%,removed_lines:1/1=100%)',
        `netdev@vger.kernel.org (open list:${NET})`,
        'linux-kernel@vger.kernel.org (open list)',
      ],
    ],
    [
      '--git-all-signature-types: a Tested-by: counts too',
      ['--git-all-signature-types', '--git-max-maintainers', '6', HISTORY_PATHS.deep],
      [
        'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS,commit_signer:1/8=12%)',
        'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS,commit_signer:3/8=38%)',
        ...DEEP_PEOPLE,
        'Tess Ter <tess@example.net> (commit_signer:1/8=12%)',
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
      ],
    ],
    [
      '--non: the addresses without names, as get_maintainer.pl prints them',
      ['--non', HISTORY_PATHS.deep],
      [
        'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS,commit_signer:1/8=12%)',
        'mara@example.com (supporter:DMA MAPPING HELPERS,commit_signer:3/8=38%)',
        'ann@example.org (commit_signer:8/8=100%,commit_signer:3/8=38%,authored:5/8=62%,added_lines:15/28=54%,removed_lines:3/12=25%)',
        'bob@example.org (commit_signer:4/8=50%,commit_signer:3/8=38%,authored:2/8=25%,added_lines:9/28=32%,removed_lines:4/12=33%)',
        'cara@example.org (commit_signer:2/8=25%,authored:1/8=12%,added_lines:4/28=14%,removed_lines:5/12=42%)',
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
      ],
    ],
    [
      "--nomailmap: the tree's .mailmap is not read (Chris Hell keeps MAINTAINERS' address)",
      ['--nomailmap', HISTORY_PATHS.deep],
      [
        'Chris Hell <chris@example.de> (supporter:DMA MAPPING HELPERS,commit_signer:1/8=12%)',
        'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS,commit_signer:3/8=38%)',
        ...DEEP_PEOPLE,
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
      ],
    ],
    [
      '--noemail --subsystem: the lists and the sections, git not asked',
      ['--noemail', '--subsystem', HISTORY_PATHS.deep],
      [
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
        'DMA MAPPING HELPERS',
        'THE REST',
      ],
    ],
  ])('%s', (_, args, expected) => {
    const run = route(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`${expected.join('\n')}\n`);
  });

  // get_maintainer.pl's --git: every file's history, an exactly covered one too (kernel/dma/map.c's only commit has no
  // signature: its quirk). Its users give it before their files; `--git BASE..HEAD` stays route's range.
  it('--git (without a range): every file asked, the exactly covered one too; --nogit after it turns it off', () => {
    const run = route(['--git', HISTORY_PATHS.exact]);
    expect(run.stdout).toBe(
      [
        'Chris Hell <chris@example.org> (supporter:DMA MAPPING HELPERS)',
        'Mara Szy <mara@example.com> (supporter:DMA MAPPING HELPERS)',
        '"GitAuthor: Ann Dev" <ann@example.org> (authored:1/1=100%,added_lines:4/4=100%)',
        'iommu@lists.example.dev (open list:DMA MAPPING HELPERS)',
        'linux-kernel@vger.kernel.org (open list)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toContain('kernel/dma/map.c: no commit of its last year has a Signed-off-by:');
    expect(route(['--git', '--nogit', HISTORY_PATHS.exact]).stdout).toBe(
      `${EXPECTED[HISTORY_PATHS.exact].join('\n')}\n`,
    );
  });

  it('a knob that is not a whole number is refused (exit 2), as Getopt::Long refuses it', () => {
    const run = route(['--git-min-percent', 'x', HISTORY_PATHS.deep]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain("--git-min-percent must be a whole number, not 'x'");
  });

  // Expected: what get_maintainer.pl printed with the same .get_maintainer.conf at the top of the tree.
  it(".get_maintainer.conf's switches come before the command line's: --nogit-fallback kept there is honoured", () => {
    const conf = join(dir, '.get_maintainer.conf');
    writeFileSync(conf, '# mine\n--nogit-fallback   # slow in the kernel\n-norolestats\n');
    try {
      const maintainers = 'Chris Hell <chris@example.org>\nMara Szy <mara@example.com>\n';
      const lists = 'iommu@lists.example.dev\nlinux-kernel@vger.kernel.org\n';
      expect(route([HISTORY_PATHS.deep])).toEqual({ code: 0, stderr: '', stdout: `${maintainers}${lists}` });
      const history = 'Ann Dev <ann@example.org>\nBob Two <bob@example.org>\nCara Three <cara@example.org>\n';
      expect(route(['--git-fallback', HISTORY_PATHS.deep]).stdout).toBe(`${maintainers}${history}${lists}`);
      writeFileSync(conf, '--nogit-fallback\n--interactive\n');
      const refused = route([HISTORY_PATHS.deep]);
      expect([refused.code, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toContain(
        ".get_maintainer.conf:2:1: '--interactive' is not a get_maintainer.pl switch that route --format get-maintainer takes",
      );
      writeFileSync(conf, Buffer.from([0, 1, 0xff, 0x2d, 0x2d, 0x6e, 0x6f, 0x6c, 0x0a]));
      const binary = route([HISTORY_PATHS.deep]);
      expect([binary.code, binary.stdout]).toEqual([2, '']);
      expect(binary.stderr).toMatch(/\.get_maintainer\.conf: a binary file \(a NUL byte at offset 0\), not text/);
      expect(binary.stderr).not.toContain('\u0001');
    } finally {
      rmSync(conf);
    }
  });

  // get_maintainer.pl counts a history without any signature as 0 commits, which it warns about ("Bad divisor")
  // and reads as 1, and its authors' "GitAuthor:" lines whole: that is what it prints.
  it('a file whose commits carry no signature: its quirk printed, and a warning', () => {
    const run = route(['Makefile']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '"GitAuthor: Zed Nosign" <zed@example.org> (authored:1/1=100%,added_lines:1/1=100%)\nlinux-kernel@vger.kernel.org (open list)\n',
    );
    expect(run.stderr).toMatch(
      /^.*\.git: Makefile: no commit of its last year has a Signed-off-by:, Reviewed-by: or Acked-by: line; .*\(its "Bad divisor"\) \(warning\)\n$/,
    );
  });

  it('other formats do not ask git: the history is only get_maintainer.pl output', () => {
    const run = cli(['route', '--maintainers', 'MAINTAINERS', '--format', 'json', HISTORY_PATHS.deep], { cwd: dir });
    expect(run.stdout).not.toContain('Ann Dev');
  });
});

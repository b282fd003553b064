/**
 * The Rust-aware review (docs/RUST-REVIEW.md) through the bundled CLI on a bare clone: the committed 6.12
 * MAINTAINERS excerpt and the real files of `fixtures/linux-6.12/tree` as `--tree`, with the patches of
 * tests/cli/fixtures/rust-review/. rust-review.kernel.test.ts does the same on the whole of 6.12.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expectedOwners, getMaintainerHeaders } from '../../src/interfaces/header-owners.test-helper.js';
import { ROOT, scratch } from './cli-helpers.js';
import {
  appendOneLine,
  headersNamed,
  pairLines,
  patchPath,
  read,
  routeJson,
  routeText,
  type Report,
} from './rust-review.test-helper.js';

const EXCERPT = join(ROOT, 'fixtures', 'linux-6.12');
const maintainers = join(EXCERPT, 'MAINTAINERS');
const tree = join(EXCERPT, 'tree');
const withTree = ['--maintainers', maintainers, '--tree', tree];
const recorded = getMaintainerHeaders();

/** The excerpt's section names: a line followed by a tag line. */
const sections = new Set(
  read(maintainers)
    .split('\n')
    .filter((line, i, lines) => !/^[A-Z]:\t/.test(line) && /^[A-Z]:\t/.test(lines[i + 1] ?? '')),
);

/**
 * The owners of a header on the excerpt: get_maintainer.pl's answer (less THE REST) where every section it
 * names is in the excerpt, else what is left of it there (THE REST when nothing is).
 */
function headerOwners(header: string): string {
  const named = recorded.get(header);
  if (named === undefined) throw new Error(`${header} is not in get_maintainer.headers.tsv`);
  return expectedOwners(named.filter((name) => sections.has(name))).join(', ');
}

function route(patch: string): Report {
  return routeJson([...withTree, patchPath(patch)]);
}

it('the excerpt holds the sections these tests name', () => {
  for (const name of ['RUST', 'ETHERNET PHY LIBRARY [RUST]', 'ETHERNET PHY LIBRARY', 'BLOCK LAYER', 'THE REST']) {
    expect(sections).toContain(name);
  }
  expect(sections).not.toContain('LOCKING PRIMITIVES');
});

describe('interface routing', () => {
  it('c-to-rust: a patch to include/linux/phy.h notifies ETHERNET PHY LIBRARY [RUST] (rust/kernel/net/phy.rs)', () => {
    const report = route('phy-h.patch');
    expect(pairLines(report, 'c-to-rust')).toEqual([
      'rust/bindings/bindings_helper.h → include/linux/phy.h: RUST',
      'rust/kernel/net/phy.rs → include/linux/phy.h: ETHERNET PHY LIBRARY [RUST]',
    ]);
    expect(pairLines(report, 'rust-to-c')).toEqual([]);
    expect(report.labels).toContain('rust: bindings-affected');
    expect(report.files).toEqual([
      expect.objectContaining({ path: 'include/linux/phy.h', owner: 'ETHERNET PHY LIBRARY' }),
    ]);
  });

  it('rust-to-c: a patch to rust/helpers/blk.c asks the block layer for the headers it includes', () => {
    expect(pairLines(route('blk-c.patch'), 'rust-to-c')).toEqual([
      'rust/helpers/blk.c → include/linux/blk-mq.h: BLOCK LAYER',
      'rust/helpers/blk.c → include/linux/blkdev.h: BLOCK LAYER',
    ]);
  });

  it('rust-to-c: an #include added to the bindings header asks for that header only', () => {
    // LOCKING PRIMITIVES is not in the excerpt: only the fallback owns include/linux/mutex.h there.
    expect(pairLines(route('bindings-mutex.patch'), 'rust-to-c')).toEqual([
      'rust/bindings/bindings_helper.h → include/linux/mutex.h: THE REST',
    ]);
  });

  const files = readdirSync(join(tree, 'rust'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(tree, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path.endsWith('.rs') || /^rust\/helpers\/[^/]+\.c$/.test(path))
    .map((path) => ({ path, headers: headersNamed(path, read(join(tree, path))) }))
    .filter((file) => file.headers.length > 0)
    .sort((a, b) => (a.path < b.path ? -1 : 1));

  it('the committed tree has Rust files and helpers that name headers', () => {
    expect(files.map((file) => file.path)).toEqual([
      'rust/helpers/blk.c',
      'rust/helpers/mutex.c',
      'rust/kernel/block/mq/gen_disk.rs',
      'rust/kernel/net/phy.rs',
      'rust/kernel/print.rs',
      'rust/kernel/sync/lock/mutex.rs',
    ]);
  });

  it.each(files.map((file) => [file.path, file.headers] as const))(
    'a one-line change to %s asks the owners of %j',
    (path, headers) => {
      const added = path.endsWith('.rs') ? '// A one-line change.' : '/* A one-line change. */';
      const report = routeJson([...withTree, '--patch', '-'], appendOneLine(path, read(join(tree, path)), added));
      expect(pairLines(report, 'rust-to-c')).toEqual(
        headers.map((header) => `${path} → ${header}: ${headerOwners(header)}`).sort(),
      );
      expect(report.findings).toEqual([]);
    },
  );
});

describe('checks', () => {
  it('unstable-feature: #![feature(...)] added to a driver, on its line, routed to RUST', () => {
    const report = route('feature-drivers.patch');
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: 'unstable-feature',
        path: 'drivers/net/phy/ax88796b_rust.rs',
        line: 4,
        severity: 'warn',
        subsystem: 'RUST',
      }),
    ]);
    expect(report.labels).toContain('rust: unstable-feature');
  });

  it('toolchain: raising rustc in scripts/min-tool-version.sh, one RUST row though the subject names it too', () => {
    const report = route('min-rustc.patch');
    expect(report.findings).toEqual([
      expect.objectContaining({ check: 'toolchain', path: 'scripts/min-tool-version.sh', line: 36, subsystem: 'RUST' }),
    ]);
    expect(report.labels).toContain('rust: toolchain');
    expect(report.subsystems.filter((row) => row.name === 'RUST')).toEqual([
      expect.objectContaining({ files: ['scripts/min-tool-version.sh'], mentioned: false }),
    ]);
  });

  it('safety-comment: of two unsafe blocks added to mutex.rs, the one without // SAFETY: is the finding', () => {
    const report = route('mutex-unsafe.patch');
    expect(report.findings).toEqual([
      {
        check: 'safety-comment',
        path: 'rust/kernel/sync/lock/mutex.rs',
        line: 120,
        severity: 'warn',
        message: expect.stringContaining('SAFETY'),
        subsystem: 'RUST',
      },
    ]);
    expect(report.review.unchecked).toEqual([]);
  });

  it('text and markdown show the rust review and the interfaces', () => {
    const args = [...withTree, patchPath('mutex-unsafe.patch')];
    const text = routeText(args, 'text');
    expect(text).toMatch(/^rust review:\n {2}rust\/kernel\/sync\/lock\/mutex\.rs:120: safety-comment: /m);
    expect(text).toMatch(
      /^interfaces:\n {2}rust\/kernel\/sync\/lock\/mutex\.rs \(rust-to-c, include\/linux\/mutex\.h\)/m,
    );
    const markdown = routeText(args, 'markdown');
    expect(markdown).toContain('#### Rust review');
    expect(markdown).toContain('`rust/kernel/sync/lock/mutex.rs:120`');
    expect(markdown).toContain('#### Interfaces');
    expect(markdown).toContain('| `rust/kernel/sync/lock/mutex.rs` | `include/linux/mutex.h` | THE REST |');
  });
});

describe('without --tree', () => {
  // The policy's folder holds no interface file: it is no source tree, so interface routing is not done.
  const folder = scratch({});
  copyFileSync(maintainers, join(folder, 'MAINTAINERS'));
  const args = ['--maintainers', join(folder, 'MAINTAINERS'), patchPath('blk-c.patch')];

  it('the text says interfaces were not routed, and the JSON has no pairs', () => {
    expect(routeText(args, 'text')).toMatch(/^interfaces: not routed \(no source tree: give --tree DIR/m);
    const report = routeJson(args);
    expect(report.interfaces).toEqual([]);
    expect(report.review.interfacesNotRouted).toBe(true);
  });

  it('with --tree the same patch is routed: the note is gone', () => {
    const text = routeText([...withTree, patchPath('blk-c.patch')], 'text');
    expect(text).not.toContain('not routed');
    expect(text).toMatch(
      /^interfaces:\n {2}rust\/helpers\/blk\.c \(rust-to-c, include\/linux\/blk-mq\.h\) → BLOCK LAYER/m,
    );
  });

  it('the checks still run: they need no tree', () => {
    const report = routeJson(['--maintainers', join(folder, 'MAINTAINERS'), patchPath('mutex-unsafe.patch')]);
    expect(report.findings.map((finding) => [finding.check, finding.line])).toEqual([['safety-comment', 120]]);
  });
});

describe('the pairs reach paths the change does not name', () => {
  // FOO's `F: include/foo` has no trailing slash: get_maintainer.pl's `-d` decides it. The tree has no
  // include/foo/, so only the pair's header, include/foo/bar.h, shows it is a directory.
  const folder = scratch({
    MAINTAINERS: [
      'List of maintainers',
      '',
      'FOO',
      'M:\tA <a@example.org>',
      'S:\tMaintained',
      'F:\tinclude/foo',
      '',
      'RUST',
      'M:\tR <r@example.org>',
      'S:\tMaintained',
      'F:\trust/',
      '',
      'THE REST',
      'M:\tC <c@example.org>',
      'S:\tBuried alive in reporters',
      'F:\t*',
      'F:\t*/',
      '',
    ].join('\n'),
    'rust/kernel/foo.rs': '//! C header: [`include/foo/bar.h`](srctree/include/foo/bar.h)\n\npub fn foo() {}\n',
    ...Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`drivers/misc/f${i}.c`, ''])),
  });
  const others = Array.from({ length: 70 }, (_, i) => `drivers/misc/f${i}.c`);

  it.each([
    ['one path (MAINTAINERS read only where it reaches)', []],
    ['71 paths (MAINTAINERS read whole)', others],
  ])('%s: the header goes to FOO', (_, more) => {
    const report = routeJson([
      '--maintainers',
      join(folder, 'MAINTAINERS'),
      '--tree',
      folder,
      '--files',
      'rust/kernel/foo.rs',
      ...more,
    ]);
    expect(pairLines(report, 'rust-to-c')).toEqual(['rust/kernel/foo.rs → include/foo/bar.h: FOO']);
  });
});

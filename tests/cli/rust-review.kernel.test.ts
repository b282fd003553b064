/**
 * The Rust-aware review (docs/RUST-REVIEW.md, issue 9's "Done when") through the bundled CLI on the whole of
 * Linux 6.12 (kernel-scale: see jest/kernel-scale.js): its real MAINTAINERS, its real rust/ and scripts/ as
 * `--tree`, and patches written against those files (tests/cli/fixtures/rust-review/). Interface owners are
 * compared with get_maintainer.pl's answers recorded in fixtures/linux-6.12/get_maintainer.headers.tsv.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { kernelPath, readKernelFile } from '../../jest/kernel-scale.js';
import { expectedOwners, getMaintainerHeaders } from '../../src/interfaces/header-owners.test-helper.js';
import {
  appendOneLine,
  headersNamed,
  pairLines,
  patchPath,
  routeJson,
  routeText,
  type Report,
} from './rust-review.test-helper.js';

const maintainers = kernelPath('linux-6.12', 'MAINTAINERS');
const tree = kernelPath('linux-6.12', 'tree');
const withTree = ['--maintainers', maintainers, '--tree', tree];
const recorded = getMaintainerHeaders();

/** get_maintainer.pl's owners of a header, less THE REST when anyone else owns it. */
function headerOwners(header: string): string {
  const named = recorded.get(header);
  if (named === undefined) throw new Error(`${header} is not in get_maintainer.headers.tsv`);
  return expectedOwners(named).join(', ');
}

/** The deciding owner of a path, as routing it on its own gives it. */
function decidingOwner(path: string): string {
  const report = routeJson(['--maintainers', maintainers, '--files', path]);
  const owner = report.files[0].owner;
  if (owner === null) throw new Error(`${path} has no owner`);
  return owner;
}

function route(patch: string): Report {
  return routeJson([...withTree, patchPath(patch)]);
}

describe('c-to-rust: a patch to include/linux/phy.h', () => {
  const report = route('phy-h.patch');

  it('notifies the deciding owners of rust/kernel/net/phy.rs, labelled rust: bindings-affected', () => {
    expect(decidingOwner('rust/kernel/net/phy.rs')).toBe('ETHERNET PHY LIBRARY [RUST]');
    expect(pairLines(report, 'c-to-rust')).toEqual([
      `rust/bindings/bindings_helper.h → include/linux/phy.h: ${decidingOwner('rust/bindings/bindings_helper.h')}`,
      `rust/kernel/net/phy.rs → include/linux/phy.h: ${decidingOwner('rust/kernel/net/phy.rs')}`,
    ]);
    expect(pairLines(report, 'rust-to-c')).toEqual([]);
    expect(report.labels).toContain('rust: bindings-affected');
    expect(report.findings).toEqual([]);
  });

  it('the header itself still goes to its own owners, and interface owners are no hold', () => {
    expect(report.files).toEqual([
      expect.objectContaining({ path: 'include/linux/phy.h', owner: 'ETHERNET PHY LIBRARY' }),
    ]);
    expect(report.labels).not.toContain('rust: blocked');
  });
});

describe('rust-to-c: a patch to rust/helpers/blk.c', () => {
  const report = route('blk-c.patch');

  it('asks the owners get_maintainer.pl gives for the headers it includes, less THE REST: the block layer', () => {
    const headers = headersNamed('rust/helpers/blk.c', readKernelFile('linux-6.12', 'tree', 'rust/helpers/blk.c'));
    expect(headers).toEqual(['include/linux/blk-mq.h', 'include/linux/blkdev.h']);
    expect(pairLines(report, 'rust-to-c')).toEqual(
      headers.map((header) => `rust/helpers/blk.c → ${header}: ${headerOwners(header)}`),
    );
    expect(report.interfaces.flatMap((pair) => pair.owners)).toEqual(['BLOCK LAYER', 'BLOCK LAYER']);
    expect(report.findings).toEqual([]);
  });
});

describe('rust-to-c: the bindings header', () => {
  it('an added #include asks the owners of that header only', () => {
    const report = route('bindings-mutex.patch');
    expect(pairLines(report, 'rust-to-c')).toEqual([
      `rust/bindings/bindings_helper.h → include/linux/mutex.h: ${headerOwners('include/linux/mutex.h')}`,
    ]);
    expect(report.interfaces[0].owners).toEqual(['LOCKING PRIMITIVES']);
  });

  it('a change that adds or removes no #include asks nobody for the headers it already includes', () => {
    const path = 'rust/bindings/bindings_helper.h';
    const patch = appendOneLine(path, readKernelFile('linux-6.12', 'tree', path), '/* A one-line change. */');
    const report = routeJson([...withTree, '--patch', '-'], patch);
    expect(report.interfaces).toEqual([]);
  });
});

describe('unstable-feature: #![feature(...)] added to a driver', () => {
  const report = route('feature-drivers.patch');

  it('is a finding on its line, routed to RUST whatever owns the path, labelled rust: unstable-feature', () => {
    expect(report.findings).toEqual([
      {
        check: 'unstable-feature',
        path: 'drivers/net/phy/ax88796b_rust.rs',
        line: 4,
        severity: 'warn',
        message: expect.stringContaining('let_chains'),
        subsystem: 'RUST',
      },
    ]);
    expect(report.files[0].owner).toBe('ASIX PHY DRIVER [RUST]');
    expect(report.labels).toContain('rust: unstable-feature');
    expect(report.subsystems.map((row) => row.name)).toContain('RUST');
  });
});

describe('toolchain: raising rustc in scripts/min-tool-version.sh', () => {
  const report = route('min-rustc.patch');

  it('is a finding on the rustc line, routed to RUST, labelled rust: toolchain', () => {
    expect(readKernelFile('linux-6.12', 'tree', 'scripts/min-tool-version.sh').split('\n')[35]).toBe('\techo 1.78.0');
    expect(report.findings).toEqual([
      {
        check: 'toolchain',
        path: 'scripts/min-tool-version.sh',
        line: 36,
        severity: 'warn',
        message: expect.stringMatching(/1\.78\.0.*1\.80\.0/),
        subsystem: 'RUST',
      },
    ]);
    expect(report.labels).toContain('rust: toolchain');
    expect(report.files[0].owner).toBe('THE REST');
  });

  it('the Rust tree has one row, owning the file, though the subject also names it by keyword', () => {
    expect(report.subsystems.filter((row) => row.name === 'RUST')).toEqual([
      expect.objectContaining({ files: ['scripts/min-tool-version.sh'], mentioned: false }),
    ]);
  });
});

describe('safety-comment: unsafe blocks added to rust/kernel/time.rs', () => {
  const report = route('time-unsafe.patch');

  it('exactly one finding: the block without // SAFETY:, not the one with it', () => {
    expect(report.findings).toEqual([
      {
        check: 'safety-comment',
        path: 'rust/kernel/time.rs',
        line: 38,
        severity: 'warn',
        message: expect.stringContaining('SAFETY'),
        subsystem: 'RUST',
      },
    ]);
    expect(report.review.unchecked).toEqual([]);
  });

  it('and the headers time.rs links are asked as its interfaces', () => {
    expect(pairLines(report, 'rust-to-c')).toEqual([
      `rust/kernel/time.rs → include/linux/jiffies.h: ${headerOwners('include/linux/jiffies.h')}`,
      `rust/kernel/time.rs → include/linux/ktime.h: ${headerOwners('include/linux/ktime.h')}`,
    ]);
  });

  it('text and markdown show the rust review and the interfaces', () => {
    const args = [...withTree, patchPath('time-unsafe.patch')];
    const text = routeText(args, 'text');
    expect(text).toMatch(/^rust review:\n {2}rust\/kernel\/time\.rs:38: safety-comment: /m);
    expect(text).toMatch(
      /^interfaces:\n {2}rust\/kernel\/time\.rs \(rust-to-c, include\/linux\/jiffies\.h\) → THE REST/m,
    );
    const markdown = routeText(args, 'markdown');
    expect(markdown).toContain('#### Rust review');
    expect(markdown).toContain('`rust/kernel/time.rs:38`');
    expect(markdown).toContain('#### Interfaces');
    expect(markdown).toContain('| `rust/kernel/time.rs` | `include/linux/jiffies.h` | THE REST |');
  });
});

describe('every Rust-side file of 6.12 that names a header', () => {
  const root = join(tree, 'rust');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(tree, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path.endsWith('.rs') || /^rust\/helpers\/[^/]+\.c$/.test(path))
    .map((path) => ({ path, headers: headersNamed(path, readKernelFile('linux-6.12', 'tree', path)) }))
    .filter((file) => file.headers.length > 0)
    .sort((a, b) => (a.path < b.path ? -1 : 1));

  it('there are many of them, .rs files and helpers, and get_maintainer.pl was asked about all their headers', () => {
    expect(files.filter((file) => file.path.endsWith('.rs')).length).toBeGreaterThan(15);
    expect(files.filter((file) => file.path.endsWith('.c')).length).toBeGreaterThan(10);
    for (const file of files) for (const header of file.headers) expect(recorded.has(header)).toBe(true);
  });

  it.each(files.map((file) => [file.path, file.headers] as const))(
    'a one-line change to %s asks the owners of %j',
    (path, headers) => {
      const added = path.endsWith('.rs') ? '// A one-line change.' : '/* A one-line change. */';
      const patch = appendOneLine(path, readKernelFile('linux-6.12', 'tree', path), added);
      const report = routeJson([...withTree, '--patch', '-'], patch);
      expect(pairLines(report, 'rust-to-c')).toEqual(
        headers.map((header) => `${path} → ${header}: ${headerOwners(header)}`).sort(),
      );
      expect(pairLines(report, 'c-to-rust')).toEqual([]);
      expect(report.findings).toEqual([]);
      expect(report.review.unchecked).toEqual([]);
    },
  );
});

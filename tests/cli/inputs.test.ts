/**
 * What the CLI reads, through the bundled CLI (issue #10): patches and paths told apart by content, paths taken
 * as get_maintainer.pl and git users write them, directories routed as `dir/`, and every input that cannot be
 * what its flag asks for refused in one line with exit 2 — never routed to nobody with exit 0.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cli, expectNoStackTrace, FIXTURES, scratch } from './cli-helpers.js';

const MAINTAINERS = join(FIXTURES, 'MAINTAINERS');
const RUST_PATCH = join(FIXTURES, '0002-dma-add-a-rust-pool.patch');
const BINARY = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe]);
const POLICY =
  'version: 1\nsubsystems:\n  - name: RUST\n    rust: core\n    maintainers: [ojeda]\n    files: [rust/]\n';

/** A scratch tree with the fixture MAINTAINERS at its root and a few real directories and files. */
function tree(): string {
  const dir = scratch({
    'rust/kernel/str.rs': '',
    'kernel/dma/map.c': '',
    'drivers/net/phy/phy.c': '',
    'drivers/net/phy/ax88796b_rust.rs': '',
    Makefile: '',
  });
  copyFileSync(MAINTAINERS, join(dir, 'MAINTAINERS'));
  return dir;
}

function json(run: ReturnType<typeof cli>): { files: { path: string; subsystems: string[] }[]; mentioned: string[] } {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('rust-patch-router route: patches and paths', () => {
  it('a patch given as an argument is routed as the patch, as get_maintainer.pl reads one (issue #10)', () => {
    const positional = cli(['route', '--maintainers', MAINTAINERS, RUST_PATCH, '--format', 'json']);
    const flagged = cli(['route', '--maintainers', MAINTAINERS, '--patch', RUST_PATCH, '--format', 'json']);
    expect(positional.code).toBe(1);
    expect(flagged.code).toBe(1);
    expect(positional.stdout).toBe(flagged.stdout);
    expect(json(positional).files.map((file) => file.path)).toEqual(['kernel/dma/pool.rs']);
  });

  it('a patch on standard input (`-`) is read as a patch, a path list as paths', () => {
    const patch = cli(['route', '--maintainers', MAINTAINERS, '-', '--format', 'json'], {
      input: readFileSync(RUST_PATCH),
    });
    expect(patch.code).toBe(1);
    expect(json(patch).files.map((file) => file.path)).toEqual(['kernel/dma/pool.rs']);
    const list = cli(['route', '--maintainers', MAINTAINERS, '-', '--format', 'json'], {
      input: 'rust/kernel/str.rs\n',
    });
    expect(list.code).toBe(0);
    expect(json(list).files.map((file) => file.path)).toEqual(['rust/kernel/str.rs']);
  });

  it('--files-from refuses a patch instead of routing its lines as paths', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--files-from', RUST_PATCH]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/0002-dma-add-a-rust-pool\.patch: a patch, not a list of paths \(--files-from\)/);
    expect(run.stdout).toBe('');
  });

  it('a source file named as an argument is a path, whatever it contains', () => {
    const dir = tree();
    writeFileSync(join(dir, 'kernel/dma/map.c'), '/* --- not a patch --- */\nint x;\n');
    const run = cli(['route', '--maintainers', 'MAINTAINERS', 'kernel/dma/map.c', '--format', 'json'], { cwd: dir });
    expect(json(run).files.map((file) => file.path)).toEqual(['kernel/dma/map.c']);
  });

  it('paths as people and tools write them: ./x, a//b, an absolute path inside --tree', () => {
    const dir = tree();
    const run = cli([
      'route',
      '--maintainers',
      MAINTAINERS,
      '--tree',
      dir,
      './rust//kernel/./str.rs',
      join(dir, 'Makefile'),
      '--format',
      'json',
    ]);
    expect(json(run).files.map((file) => file.path)).toEqual(['rust/kernel/str.rs', 'Makefile']);
  });

  it('an absolute path outside the tree is refused with one line', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--tree', tree(), '/etc/passwd']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^\/etc\/passwd: absolute path outside the tree \/.*: give it relative to the tree's root\n$/,
    );
  });

  it('a path list: blanks around paths, blank lines and # comments ignored, CRLF accepted', () => {
    const input = '# files of the series\n  rust/kernel/str.rs  \r\n\r\n\tkernel/dma/map.c\n# done\n';
    const run = cli(['route', '--maintainers', MAINTAINERS, '--files-from', '-', '--format', 'json'], { input });
    expect(json(run).files.map((file) => file.path)).toEqual(['rust/kernel/str.rs', 'kernel/dma/map.c']);
  });

  it('a NUL-separated path list (git diff -z --name-only)', () => {
    const input = 'rust/kernel/str.rs\0kernel/dma/map.c\0';
    const run = cli(['route', '--maintainers', MAINTAINERS, '--files-from', '-', '--format', 'json'], { input });
    expect(json(run).files.map((file) => file.path)).toEqual(['rust/kernel/str.rs', 'kernel/dma/map.c']);
  });

  it('paths not in --tree are routed as written, with a warning', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--tree', tree(), 'rust/kernel/nope.rs', 'Makefile']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^rust\/kernel\/nope\.rs: not in the tree .* \(routed as written\) \(warning\)\n$/);
    expect(run.stdout).toContain('rust/kernel/nope.rs → RUST');
  });
});

describe('rust-patch-router route: directories, as get_maintainer.pl -f DIR routes them', () => {
  it.each([
    ['rust', 'rust/', ['RUST', 'THE REST']],
    ['rust/', 'rust/', ['RUST', 'THE REST']],
    ['kernel/dma', 'kernel/dma/', ['DMA MAPPING HELPERS', 'THE REST']],
    [
      'drivers/net/phy',
      'drivers/net/phy/',
      ['ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS WITH A NAME WELL OVER FIFTY CHARACTERS LONG', 'THE REST'],
    ],
  ])('%j in --tree routes as %j', (written, routed, subsystems) => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--tree', tree(), written, '--format', 'json']);
    expect(json(run).files).toEqual([expect.objectContaining({ path: routed, subsystems, rust: false })]);
  });

  it('the default tree is the folder of the policy file', () => {
    const dir = tree();
    const run = cli(['route', '--maintainers', 'MAINTAINERS', 'kernel/dma', '--format', 'json'], { cwd: dir });
    expect(json(run).files.map((file) => file.path)).toEqual(['kernel/dma/']);
  });
});

describe('rust-patch-router refuses input that cannot be what its flag asks for', () => {
  const dir = scratch({
    'binary.bin': BINARY,
    'empty.txt': '',
    'maintainers.yml': POLICY,
    MAINTAINERS: readFileSync(MAINTAINERS, 'utf8'),
  });
  const at = (name: string) => join(dir, name);

  it.each([
    [
      ['validate', '--maintainers', at('binary.bin')],
      /binary\.bin: a binary file \(a NUL byte at offset 7\), not text \(--maintainers\)/,
    ],
    [['validate', '--maintainers', '/dev/null'], /^\/dev\/null: empty \(--maintainers\)$/],
    [['route', '--maintainers', '/dev/null', 'a.c'], /^\/dev\/null: empty \(--maintainers\)$/],
    [['validate', '--maintainers', at('empty.txt')], /empty\.txt: empty \(--maintainers\)$/],
    [
      ['validate', '--maintainers', at('maintainers.yml')],
      /maintainers\.yml: this looks like a maintainers\.yml: use --config /,
    ],
    [
      ['route', '--maintainers', at('maintainers.yml'), 'a.c'],
      /maintainers\.yml: this looks like a maintainers\.yml: use --config /,
    ],
    [
      ['validate', '--config', at('MAINTAINERS')],
      /MAINTAINERS: this looks like a kernel MAINTAINERS file: use --maintainers /,
    ],
    [['validate', '--config', at('binary.bin')], /binary\.bin: a binary file .*\(--config\)/],
    [['import', at('binary.bin')], /binary\.bin: a binary file .*\(import\)/],
    [['import', '/dev/null'], /^\/dev\/null: empty \(import\)$/],
    [
      ['import', at('maintainers.yml')],
      /maintainers\.yml: looks like a maintainers\.yml, not a kernel MAINTAINERS file \(import\)/,
    ],
    [['route', '--maintainers', MAINTAINERS, '--patch', at('binary.bin')], /binary\.bin: a binary file .*\(--patch\)/],
    [
      ['route', '--maintainers', MAINTAINERS, '--files-from', at('binary.bin')],
      /binary\.bin: a binary file .*\(--files-from\)/,
    ],
    [['route', '--maintainers', MAINTAINERS, '--patch', at('nope.patch')], /nope\.patch: no such file \(--patch\)/],
    [['route', '--maintainers', at('nope'), 'a.c'], /nope: no such file \(--maintainers\)/],
    [['route', '--maintainers', dir, 'a.c'], /: a directory, not a file \(--maintainers\)/],
  ])('%j: one line, exit 2', (args, line) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(line);
    expect(run.stderr).not.toContain('\uFFFD'); // the binary is never echoed
    expectNoStackTrace(run);
  });

  it.each([
    [['route', '--maintainers', MAINTAINERS, '-'], 'standard input'],
    [['route', '--maintainers', MAINTAINERS, '--files-from', '-'], '--files-from'],
    [['route', '--maintainers', MAINTAINERS, '--patch', '-'], '--patch'],
    [['route', '--maintainers', MAINTAINERS, '--format', 'get-maintainer'], 'standard input'],
  ])('%j with a binary on standard input: one line, exit 2, the binary not echoed', (args, from) => {
    const run = cli(args, { input: BINARY });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toBe(`<stdin>: a binary file (a NUL byte at offset 7), not text (${from})`);
    expect(run.stderr).not.toContain('\uFFFD');
    expectNoStackTrace(run);
  });

  it('a kernel-format file with no section at all is refused, not routed to nobody', () => {
    const prose = scratch({ 'notes.txt': 'Some notes.\nMore notes.\n' });
    const run = cli(['route', '--maintainers', join(prose, 'notes.txt'), 'a.c']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/notes\.txt: has no MAINTAINERS sections/);
  });
});

describe('rust-patch-router import then validate', () => {
  it('import ../linux/MAINTAINERS > maintainers.yml writes an import.path that validate then finds', () => {
    const work = scratch({});
    const linux = join(work, 'linux');
    const project = join(work, 'project');
    mkdirSync(linux);
    mkdirSync(project);
    copyFileSync(MAINTAINERS, join(linux, 'MAINTAINERS'));
    const imported = cli(['import', '../linux/MAINTAINERS'], { cwd: project });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^ {2}path: \.\.\/linux\/MAINTAINERS$/m);
    expect(imported.stderr).toMatch(/import\.path '\.\.\/linux\/MAINTAINERS' lies outside this folder/);
    writeFileSync(join(project, 'maintainers.yml'), imported.stdout);
    const validated = cli(['validate'], { cwd: project });
    expect(validated.stderr).toBe('');
    expect(validated.stdout).toMatch(/^maintainers\.yml: ok — 7 subsystems/);
    expect(validated.code).toBe(0);
  });

  it('a missing import names the folder it looked in', () => {
    const project = scratch({ 'maintainers.yml': 'version: 1\nimport:\n  path: MAINTAINERS\n' });
    const run = cli(['validate'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`at ${resolve(project, 'MAINTAINERS')}`);
    expect(run.stderr).toMatch(/^maintainers\.yml:3:\d+: import\.path 'MAINTAINERS': no such file/);
  });
});

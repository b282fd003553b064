/**
 * The command line itself, through the bundled CLI (issue #10): usage, help, version, and every way of
 * getting the arguments wrong — each one sentence on stderr, exit 2, without Node's wording or a fake
 * `argv:1:1` position.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, expectNoStackTrace, FIXTURES, ROOT } from './cli-helpers.js';

const MAINTAINERS = join(FIXTURES, 'MAINTAINERS');

/** An argument error: one `rust-patch-router: …` sentence, a pointer to help, exit 2, no position. */
function expectArgumentError(run: ReturnType<typeof cli>, sentence: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')[0]).toMatch(new RegExp(`^rust-patch-router: ${sentence.source}`));
  expect(run.stderr).not.toMatch(/argv:\d|ERR_PARSE_ARGS|To specify a positional argument/);
  expectNoStackTrace(run);
}

describe('rust-patch-router arguments', () => {
  it('no arguments: the usage on stderr, exit 2', () => {
    const run = cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).toContain('rust-patch-router route');
  });

  it.each([['--version'], ['-V'], ['version']])('%s prints the package version', (flag) => {
    const run = cli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^rust-patch-router \d+\.\d+\.\d+\n$/);
  });

  it("the package's bin, run as npm links it (an executable with a shebang), is this CLI", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const bin = join(ROOT, pkg.bin['rust-patch-router']);
    const run = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(cli(['--version']).stdout);
  });

  it.each([['help'], ['--help'], ['-h']])('%s prints the usage on stdout, exit 0', (flag) => {
    const run = cli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage:');
  });

  it('the usage gives every exit code, 3 (a bug) included', () => {
    const { stdout } = cli(['--help']);
    expect(stdout).toContain('Exit codes: 0 routed, 1 blocked, 2 bad input');
    expect(stdout).toContain('3 a bug in rust-patch-router (please report it)');
  });

  it.each([
    [['route', '--help'], ['--files-from', '--patch', '--format', '--approved-by', '--tree'], ['--people']],
    [['help', 'route'], ['--files-from', '--patch'], ['--people']],
    [
      ['validate', '--help'],
      ['--config', '--maintainers'],
      ['--files', '--format'],
    ],
    [['import', '-h'], ['--people'], ['--files', '--config']],
    [
      ['explain', '--help'],
      ['--format', '--tree'],
      ['--files-from', '--approved-by'],
    ],
    [
      ['doctor', '--help'],
      ['--repo', '--branch', '--config', '--format'],
      ['--files-from', '--maintainers', '--tree'],
    ],
  ])('%j describes that command and only its flags', (args, has, hasNot) => {
    const run = cli(args);
    expect(run.code).toBe(0);
    for (const flag of has) expect(run.stdout).toContain(flag);
    for (const flag of hasNot) expect(run.stdout).not.toContain(flag);
  });

  it('an unknown flag suggests the right one, in one sentence', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--fles', 'a.c']);
    expectArgumentError(run, /unknown option '--fles' \(did you mean '--files'\?\)/);
    expect(run.stderr).toContain("Run 'rust-patch-router route --help'");
  });

  it('a flag of another command says whose it is', () => {
    expectArgumentError(cli(['validate', '--files', 'a.c']), /validate takes no '--files' \(route does\)/);
  });

  it('an unknown command suggests the right one', () => {
    expectArgumentError(cli(['rout', 'a.c']), /unknown command 'rout' \(did you mean 'route'\?\)/);
  });

  it('a flag missing its value names the flag and what it wants', () => {
    expectArgumentError(cli(['route', 'a.c', '--format']), /--format needs a value \(FORMAT\)/);
  });

  it('--format must be one the command knows', () => {
    expectArgumentError(
      cli(['route', 'a.c', '--format', 'yaml']),
      /--format must be text, json, markdown or get-maintainer, not 'yaml'/,
    );
    expectArgumentError(cli(['explain', 'a.c', '--format', 'markdown']), /--format must be text or json/);
  });

  it("get_maintainer.pl's habit `-f FILE` is told what -f means here and how to give the file", () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '-f', 'drivers/net/phy/ax88796b_rust.rs']);
    expectArgumentError(
      run,
      /--format must be text, json, markdown or get-maintainer, not 'drivers\/net\/phy\/ax88796b_rust\.rs' \(to route a file, give it as an argument or with --files: -f is --format here, and get_maintainer\.pl's --file only with --format get-maintainer\)/,
    );
    // A format misspelled is not a file: no hint.
    expect(cli(['route', 'a.c', '-f', 'jsno']).stderr).not.toContain('to route a file');
  });

  it("get_maintainer.pl's --nom, --nor, --nol and --norolestats shape its format only, and leave someone to print", () => {
    expectArgumentError(
      cli(['route', '--maintainers', MAINTAINERS, '--nol', 'a.c']),
      /--nol shapes --format get-maintainer only \(add --format get-maintainer\)/,
    );
    expectArgumentError(
      cli(['route', '--maintainers', MAINTAINERS, '-f', 'get-maintainer', '--nom', '--nor', '--nol', 'a.c']),
      /--nom, --nor and --nol together leave no one to print/,
    );
    expectArgumentError(cli(['route', 'a.c', '--nol=yes', '-f', 'get-maintainer']), /--nol takes no value/);
    expectArgumentError(cli(['route', 'a.c', '--nogit']), /--nogit shapes --format get-maintainer only/);
  });

  it('route with no change source is a usage error, not an empty success', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS]);
    expectArgumentError(run, /route needs a change/);
  });

  it('validate with an extra argument is refused', () => {
    expectArgumentError(
      cli(['validate', '--maintainers', MAINTAINERS, 'extra']),
      /validate takes no arguments, got 'extra'/,
    );
  });

  it.each([['bad login!'], ['@ojeda'], ['someone@example.org'], ['rust-for-linux/reviewers']])(
    '--author %j is refused',
    (login) => {
      expectArgumentError(cli(['route', '--maintainers', MAINTAINERS, '--author', login, 'a.c']), /--author: /);
    },
  );

  it('--approved-by with a bad login is refused', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--approved-by', 'ok,bad login', 'a.c']);
    expectArgumentError(run, /--approved-by: 'bad login' is not a GitHub login/);
  });

  it('--tree must be an existing directory', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--tree', '/nonexistent', 'a.c']);
    expectArgumentError(run, /--tree \/nonexistent: no such directory/);
    const file = cli(['route', '--maintainers', MAINTAINERS, '--tree', MAINTAINERS, 'a.c']);
    expectArgumentError(file, /--tree .*MAINTAINERS: not a directory/);
  });

  it('a flag given twice: the last one counts, as with git', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, 'Makefile', '--format', 'json', '--format', 'text']);
    expect(run.stdout).toMatch(/^✅ Routed/);
  });

  it('--config and --maintainers together are refused', () => {
    expectArgumentError(
      cli(['validate', '--config', 'maintainers.yml', '--maintainers', MAINTAINERS]),
      /give --config or --maintainers, not both/,
    );
  });

  it('no policy given and none in the folder says where it looked', () => {
    const run = cli(['route', 'a.c'], { cwd: join(ROOT, 'tests', 'cli') });
    expectArgumentError(run, /no policy: neither \.\/maintainers\.yml nor \.\/MAINTAINERS is in .*tests\/cli;/);
  });
});

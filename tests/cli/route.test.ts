/**
 * `route`, `explain`, `validate` and `import` through the bundled CLI, on the example policy and the
 * committed excerpt of the 6.12 MAINTAINERS (route.kernel.test.ts runs the whole file).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cli, ROOT, scratch } from './cli-helpers.js';

const SPEC_KEYS = ['files', 'mentioned', 'labels', 'reviewers', 'teamReviewers', 'blocked', 'holds'];
const FILE_KEYS = ['path', 'rust', 'subsystems', 'stance', 'decision', 'owner'];

describe('rust-patch-router route on the example policy', () => {
  it.each([
    ['examples/prs/01-rust-core-str.patch', 0, 'core', 'RUST'],
    ['examples/prs/02-opt-in-phy-driver.patch', 0, 'opt-in', 'ASIX PHY DRIVER [RUST]'],
    ['examples/prs/03-rust-in-opt-out-dma.patch', 1, 'blocked', 'DMA MAPPING HELPERS'],
    ['examples/prs/04-c-only-block.patch', 0, 'owners', 'BLOCK LAYER'],
    ['examples/prs/05-unsafe-without-safety.patch', 0, 'opt-in', 'ASIX PHY DRIVER [RUST]'],
  ])('%s exits %i with a %s decision by %s', (patch, code, decision, owner) => {
    const run = cli(['route', '--config', 'maintainers.yml', '--patch', patch, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report).slice(0, SPEC_KEYS.length)).toEqual(SPEC_KEYS);
    const decided = report.files.find((file: { decision: string }) => file.decision !== 'owners') ?? report.files[0];
    expect(decided).toMatchObject({ decision, owner });
    for (const file of report.files) expect(Object.keys(file).slice(0, FILE_KEYS.length)).toEqual(FILE_KEYS);
  });

  it('the example with an unsafe block and no SAFETY comment: one finding on its line, a warning only', () => {
    const patch = 'examples/prs/05-unsafe-without-safety.patch';
    const run = cli(['route', '--config', 'maintainers.yml', '--patch', patch, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([
      {
        check: 'safety-comment',
        path: 'drivers/net/phy/ax88796b_rust.rs',
        line: 127,
        message: '`unsafe` block without a `// SAFETY:` comment just above it',
        severity: 'warn',
        subsystem: 'RUST',
      },
    ]);
  });

  it('an opt-out hold names who can lift it, and their approval lifts it', () => {
    const patch = 'examples/prs/03-rust-in-opt-out-dma.patch';
    const held = JSON.parse(cli(['route', '--patch', patch, '--format', 'json']).stdout);
    expect(held.holds).toHaveLength(1);
    const [hold] = held.holds;
    expect(hold).toMatchObject({ subsystem: 'DMA MAPPING HELPERS', stance: 'opt-out', files: ['kernel/dma/pool.rs'] });
    expect(hold.canLift.length).toBeGreaterThan(0);
    const outsider = cli(['route', '--patch', patch, '--approved-by', 'someone-else']);
    expect(outsider.code).toBe(1);
    const acked = cli(['route', '--patch', patch, '--approved-by', hold.canLift[0], '--format', 'json']);
    expect(acked.code).toBe(0);
    expect(JSON.parse(acked.stdout).blocked).toBe(false);
  });

  it('text output says where each file goes and why', () => {
    const run = cli(['route', '--patch', 'examples/prs/02-opt-in-phy-driver.patch']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('drivers/net/phy/ax88796b_rust.rs');
    expect(run.stdout).toContain('ASIX PHY DRIVER [RUST]');
    expect(run.stdout).toMatch(/maintainers\.yml:\d+/);
  });

  it('markdown output is the PR comment, marker first', () => {
    const run = cli(['route', '--patch', 'examples/prs/03-rust-in-opt-out-dma.patch', '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('<!-- rust-patch-router -->');
    expect(run.stdout).toContain('DMA MAPPING HELPERS');
  });

  it('--git BASE..HEAD routes the commits between two revisions', () => {
    const dir = scratch({ 'maintainers.yml': readFileSync('maintainers.yml', 'utf8') });
    const git = (...args: string[]) => runGit(dir, args);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'topic');
    writeIn(dir, 'rust/kernel/str.rs', '// a Rust change\n');
    git('add', '.');
    git('commit', '-qm', 'rust: str: a change');
    const run = cli(['route', '--git', 'main..topic', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).files).toEqual([
      expect.objectContaining({ path: 'rust/kernel/str.rs', decision: 'core' }),
    ]);
  });
});

describe('rust-patch-router explain, validate, import', () => {
  it('explain lists the matching patterns with their file:line and the decision', () => {
    const run = cli(['explain', 'rust/kernel/block/mq.rs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /BLOCK LAYER DEVICE DRIVER API \[RUST\]: "rust\/kernel\/block\/" at maintainers\.yml:\d+:\d+/,
    );
    expect(run.stdout).toMatch(/RUST: "rust\/" at maintainers\.yml:\d+:\d+/);
    expect(run.stdout).toContain('decision: opt-in by BLOCK LAYER DEVICE DRIVER API [RUST]');
  });

  it('validate accepts the example policy', () => {
    const run = cli(['validate', '--config', 'maintainers.yml']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^maintainers\.yml: ok — \d+ subsystems/);
  });

  it('import prints a maintainers.yml that validates and routes like the MAINTAINERS it imports', () => {
    const maintainers = [
      'RUST',
      'M:\tMiguel Ojeda <ojeda@kernel.org>',
      'S:\tSupported',
      'F:\trust/',
      '',
      'ASIX PHY DRIVER [RUST]',
      'M:\tFUJITA Tomonori <fujita.tomonori@gmail.com>',
      'S:\tMaintained',
      'F:\tdrivers/net/phy/ax88796b_rust.rs',
      '',
    ].join('\n');
    const dir = scratch({
      MAINTAINERS: maintainers,
      'people.yml': 'ojeda@kernel.org: ojeda\nfujita.tomonori@gmail.com: fujita\n',
    });
    const printed = cli(['import', 'MAINTAINERS', '--people', 'people.yml'], { cwd: dir });
    expect(printed.code).toBe(0);
    writeIn(dir, 'maintainers.yml', printed.stdout);
    expect(cli(['validate'], { cwd: dir }).code).toBe(0);
    const routed = JSON.parse(
      cli(['route', '--files', 'drivers/net/phy/ax88796b_rust.rs', 'rust/kernel/str.rs', '--format', 'json'], {
        cwd: dir,
      }).stdout,
    );
    expect(routed.files.map((file: { decision: string }) => file.decision)).toEqual(['opt-in', 'core']);
    expect(routed.reviewers).toEqual(['fujita', 'ojeda']);
  });
});

describe('rust-patch-router on the committed 6.12 MAINTAINERS excerpt (fixtures/linux-6.12)', () => {
  it('routes the documented example: the Rust ASIX PHY driver is opt-in', () => {
    const run = cli([
      'route',
      '--maintainers',
      'fixtures/linux-6.12/MAINTAINERS',
      '--files',
      'drivers/net/phy/ax88796b_rust.rs',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({
      path: 'drivers/net/phy/ax88796b_rust.rs',
      rust: true,
      subsystems: ['ASIX PHY DRIVER [RUST]', 'ETHERNET PHY LIBRARY', 'NETWORKING DRIVERS', 'THE REST'],
      stance: 'opt-in',
      decision: 'opt-in',
      owner: 'ASIX PHY DRIVER [RUST]',
    });
  });

  it('routes every path of its files.txt in one call from standard input', () => {
    const paths = readFileSync(join(ROOT, 'fixtures', 'linux-6.12', 'files.txt'), 'utf8');
    const run = cli(
      ['route', '--maintainers', 'fixtures/linux-6.12/MAINTAINERS', '--files-from', '-', '--format', 'json'],
      {
        input: paths,
      },
    );
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout);
    expect(report.files).toHaveLength(paths.trimEnd().split('\n').length);
    expect(report.files.every((file: { subsystems: string[] }) => file.subsystems.length > 0)).toBe(true);
  });
});

/** git with a committer identity, so the test needs no global git config. */
function runGit(cwd: string, args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'T',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 'T',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' });
}

function writeIn(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/**
 * `rust-patch-router doctor` end to end: the bundled CLI (dist/cli.cjs) against a repository seeded in the
 * GitHub emulator, one misconfiguration at a time, each found with its fix — and a correct repository passed.
 * Every request is checked against GitHub's OpenAPI description, and doctor never writes.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT } from './cli-helpers.js';

/** The parts of the emulator (emulator/index.js, plain JavaScript) these tests use. */
interface Emulator {
  url: string;
  violations: unknown[];
  writes(): unknown[];
  addCommit(sha: string, files: Record<string, string>, parents?: string[]): void;
  addCollaborators(logins: readonly string[], permission?: string): void;
  addRuleset(ruleset: object): number;
  setBranchProtection(branch: string, protection: object | null): void;
  setWorkflowPermissions(settings: { defaultWorkflowPermissions?: 'read' | 'write' }): void;
  setTokenPermissions(permissions: Record<string, string> | null): void;
  close(): Promise<void>;
}
const { startEmulator } = (await import(join(ROOT, 'emulator', 'index.js'))) as {
  startEmulator(options: { owner: string; repo: string }): Promise<Emulator>;
};

const OWNER = 'rust-for-linux';
const REPO = 'linux';
const FIXTURES = join(ROOT, 'src', 'doctor', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const GITHUB_ACTIONS = 15368;

/** Everyone the fixture policy names, with the access their role needs. */
const PEOPLE: [string, string][] = [
  ['ojeda', 'admin'],
  ['alex-gaynor', 'maintain'],
  ['boqunfeng', 'triage'],
  ['kuba-netdev', 'write'],
  ['davem', 'write'],
  ['axboe', 'write'],
  ['hch-lst', 'write'],
  ['mszyprow', 'write'],
  ['robin-murphy', 'read'],
];

interface Seed {
  files?: Record<string, string | null>;
  people?: [string, string][];
  rules?: object[];
  protection?: object;
  defaultWorkflowPermissions?: 'read' | 'write';
  tokenPermissions?: Record<string, string>;
}

/** The README's set-up: three workflows, the status required from GitHub Actions, a merge queue. */
function correct(): Required<Omit<Seed, 'protection' | 'tokenPermissions'>> {
  return {
    files: {
      'maintainers.yml': fixture('maintainers.yml'),
      '.github/workflows/rust-patch-router.yml': fixture('workflows/rust-patch-router.yml'),
      '.github/workflows/relay.yml': fixture('workflows/relay.yml'),
      '.github/workflows/sweep.yml': fixture('workflows/sweep.yml'),
      '.github/workflows/ci.yml': fixture('workflows/ci.yml'),
    },
    people: PEOPLE,
    rules: [
      {
        type: 'required_status_checks',
        parameters: { required_status_checks: [{ context: 'rust-patch-router', integration_id: GITHUB_ACTIONS }] },
      },
      { type: 'merge_queue' },
    ],
    defaultWorkflowPermissions: 'read',
  };
}

async function seeded(seed: Seed = {}): Promise<Emulator> {
  const base = correct();
  const emu = await startEmulator({ owner: OWNER, repo: REPO });
  const files = Object.fromEntries(
    Object.entries({ ...base.files, ...seed.files }).filter((entry): entry is [string, string] => entry[1] !== null),
  );
  emu.addCommit('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', files, []);
  for (const [login, permission] of seed.people ?? base.people) emu.addCollaborators([login], permission);
  const rules = seed.rules ?? base.rules;
  if (rules.length > 0) {
    emu.addRuleset({
      name: 'main',
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules,
    });
  }
  if (seed.protection) emu.setBranchProtection('main', seed.protection);
  emu.setWorkflowPermissions({
    defaultWorkflowPermissions: seed.defaultWorkflowPermissions ?? base.defaultWorkflowPermissions,
  });
  if (seed.tokenPermissions) emu.setTokenPermissions(seed.tokenPermissions);
  return emu;
}

interface DoctorRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: {
    exitCode: number;
    findings: { check: string; severity: string; message: string; fix: string; file?: string; line?: number }[];
    checks: { check: string; outcome: string }[];
  };
}

/** Runs `node dist/cli.cjs doctor` as a user would, without blocking the emulator in this process. */
async function doctor(emu: Emulator | null, args: string[] = [], env: Record<string, string> = {}): Promise<DoctorRun> {
  const defaults = [
    ...(args.includes('--repo') ? [] : ['--repo', `${OWNER}/${REPO}`]),
    ...(args.includes('--format') ? [] : ['--format', 'json']),
  ];
  const child = spawn(process.execPath, [CLI, 'doctor', ...defaults, ...args], {
    env: { PATH: process.env.PATH ?? '', ...(emu && { GITHUB_API_URL: emu.url, GITHUB_TOKEN: 'ghs_doctor' }), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const text = args.includes('text');
  let json = null as unknown as DoctorRun['json'];
  try {
    if (!text) json = JSON.parse(stdout);
  } catch {
    throw new Error(`doctor printed no JSON (exit ${code}):\n${stdout}\n${stderr}`);
  }
  return { code, stdout, stderr, json };
}

/** Seeds, runs doctor, checks the emulator saw only valid reads, and closes it. */
async function diagnoseSeed(seed: Seed, args: string[] = []): Promise<DoctorRun> {
  const emu = await seeded(seed);
  try {
    const run = await doctor(emu, args);
    expect(emu.violations).toEqual([]);
    expect(emu.writes()).toEqual([]);
    return run;
  } finally {
    await emu.close();
  }
}

const problems = (run: DoctorRun) =>
  run.json.findings.filter((f) => f.severity !== 'note').map((f) => [f.check, f.severity]);

/** The README PR workflow with one edit. */
const prWorkflow = (edit: (text: string) => string) => ({
  '.github/workflows/rust-patch-router.yml': edit(fixture('workflows/rust-patch-router.yml')),
});

describe('doctor (bundled CLI against the emulator)', () => {
  it('doctor passes a correctly set-up repository: exit 0, every check ok, no write', async () => {
    const run = await diagnoseSeed({});
    expect(run.json.findings).toEqual([]);
    expect(run.json.checks.every((c) => c.outcome === 'pass')).toBe(true);
    expect(run.code).toBe(0);
  });

  it('doctor prints each problem with its fix as text', async () => {
    const run = await diagnoseSeed({ rules: [] }, ['--format', 'text']);
    expect(run.stdout).toMatch(
      /^rust-for-linux\/linux \(branch main\): 1 error\n\nerror \[required-status\] The status/,
    );
    expect(run.stdout).toContain('  fix: Settings → Rules → Rulesets');
    expect(run.stdout).toContain('  problems  required-status');
    expect(run.code).toBe(1);
  });

  it('doctor finds the status context not required on the default branch (neither ruleset nor branch protection)', async () => {
    const run = await diagnoseSeed({ rules: [] });
    expect(problems(run)).toEqual([['required-status', 'error']]);
    expect(run.json.findings[0].message).toContain("'rust-patch-router' is not required on main");
    expect(run.code).toBe(1);
  });

  it('doctor finds the status required from the wrong source (a ruleset pinned to another app)', async () => {
    const rules = [
      {
        type: 'required_status_checks',
        parameters: { required_status_checks: [{ context: 'rust-patch-router', integration_id: 57789 }] },
      },
    ];
    const run = await diagnoseSeed({ rules });
    expect(problems(run)).toEqual([['required-status', 'error']]);
    expect(run.json.findings[0].message).toContain('from app 57789');
    expect(run.code).toBe(1);
  });

  it('doctor accepts the status required by classic branch protection, and finds a required job check that never binds', async () => {
    const protection = {
      required_status_checks: {
        strict: false,
        checks: [
          { context: 'rust-patch-router', app_id: GITHUB_ACTIONS },
          { context: 'route', app_id: GITHUB_ACTIONS },
        ],
      },
    };
    const run = await diagnoseSeed({ rules: [], protection });
    expect(problems(run)).toEqual([['required-status', 'warning']]);
    expect(run.json.findings[0].message).toContain("'route'");
  });

  it('doctor finds a merge queue without the merge_group trigger', async () => {
    const run = await diagnoseSeed({ files: prWorkflow((t) => t.replace(/ {2}merge_group:\n.*\n/, '')) });
    expect(problems(run)).toEqual([['merge-queue', 'error']]);
    expect(run.json.findings[0]).toMatchObject({ file: '.github/workflows/rust-patch-router.yml', line: 4 });
  });

  it('doctor finds a pull_request_target workflow that checks out and runs the PR code', async () => {
    const steps =
      '    steps:\n      - uses: actions/checkout@v5\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n' +
      '      - run: npm ci && npm test\n      - uses: rust-for-linux/rust-patch-router@v1\n';
    const run = await diagnoseSeed({ files: prWorkflow((t) => t.replace(/ {4}steps:[\s\S]*$/, steps)) });
    expect(problems(run)).toEqual([
      ['pull-request-target-checkout', 'error'],
      ['pull-request-target-checkout', 'error'],
    ]);
    expect(run.json.findings[1].fix).toContain('rust-patch-router needs no checkout');
    expect(run.json.findings[1].fix).toContain('persist-credentials: false');
  });

  it('doctor finds missing statuses: write in the workflow permissions', async () => {
    const run = await diagnoseSeed({ files: prWorkflow((t) => t.replace('  statuses: write\n', '')) });
    expect(problems(run)).toEqual([['permissions', 'error']]);
    expect(run.json.findings[0].message).toContain('statuses: write');
  });

  it('doctor finds missing writes in the repository default when the workflow sets no permissions', async () => {
    const run = await diagnoseSeed({ files: prWorkflow((t) => t.replace(/permissions:\n(?: {2}.+\n)+/, '')) });
    expect(problems(run)).toEqual([['permissions', 'error']]);
    expect(run.json.findings[0].message).toContain("repository's default (read)");
    expect(
      (
        await diagnoseSeed({
          files: prWorkflow((t) => t.replace(/permissions:\n(?: {2}.+\n)+/, '')),
          defaultWorkflowPermissions: 'write',
        })
      ).code,
    ).toBe(0);
  });

  it('doctor finds no concurrency group per PR', async () => {
    const run = await diagnoseSeed({ files: prWorkflow((t) => t.replace(/concurrency:\n(?: {2}.+\n)+/, '')) });
    expect(problems(run)).toEqual([['concurrency', 'warning']]);
  });

  it('doctor finds no sweep and no review relay (recognised by triggers, whatever their names)', async () => {
    const run = await diagnoseSeed({
      files: { '.github/workflows/sweep.yml': null, '.github/workflows/relay.yml': null },
    });
    expect(problems(run)).toEqual([
      ['sweep', 'warning'],
      ['relay', 'warning'],
    ]);
    const renamed = await diagnoseSeed({
      files: {
        '.github/workflows/sweep.yml': null,
        '.github/workflows/relay.yml': null,
        '.github/workflows/keep-prs-right.yml': fixture('workflows/sweep.yml').replace(
          'name: rust-patch-router sweep',
          'name: nightly',
        ),
        '.github/workflows/after-review.yml': fixture('workflows/relay.yml').replace(
          'name: rust-patch-router relay',
          'name: carry',
        ),
      },
    });
    expect(renamed.code).toBe(0);
  });

  it('doctor finds "require code owner review" stacking a second gate', async () => {
    const protection = {
      required_pull_request_reviews: { required_approving_review_count: 1, require_code_owner_reviews: true },
    };
    const run = await diagnoseSeed({ protection });
    expect(problems(run)).toEqual([['code-owner-review', 'warning']]);
  });

  it('doctor finds policy logins that are not collaborators and maintainers who could never ack', async () => {
    const people = PEOPLE.filter(([login]) => login !== 'davem').map(([login, p]): [string, string] => [
      login,
      login === 'axboe' ? 'triage' : p,
    ]);
    const run = await diagnoseSeed({ people });
    expect(problems(run)).toEqual([
      ['acks', 'error'],
      ['collaborators', 'warning'],
    ]);
    expect(run.json.findings.find((f) => f.check === 'collaborators')!.message).toContain('davem (NETWORKING DRIVERS)');
    expect(run.json.findings.find((f) => f.check === 'acks')!.message).toContain('BLOCK LAYER [axboe: triage access]');
  });

  it('doctor finds teams in the policy (need read:org to be requested, never lift a hold)', async () => {
    const policy = fixture('maintainers.yml').replace(
      'maintainers: [axboe]',
      'maintainers: [axboe, rust-for-linux/block]',
    );
    const run = await diagnoseSeed({ files: { 'maintainers.yml': policy } });
    expect(problems(run)).toEqual([
      ['acks', 'warning'],
      ['teams', 'warning'],
    ]);
    expect(run.json.findings.find((f) => f.check === 'acks')!.message).toContain('rust-for-linux/block (a team');
  });

  it('doctor summarises imported MAINTAINERS e-mails with no login (a count and the first few)', async () => {
    const policy =
      'version: 1\nimport: { path: MAINTAINERS, people: { ojeda@kernel.org: ojeda, axboe@kernel.dk: axboe, hch@lst.de: hch-lst } }\n';
    const run = await diagnoseSeed({ files: { 'maintainers.yml': policy, MAINTAINERS: fixture('MAINTAINERS') } });
    const finding = run.json.findings.find((f) => f.check === 'unmapped-emails')!;
    expect(finding.severity).toBe('warning');
    expect(finding.message).toMatch(/^9 people imported from MAINTAINERS have no GitHub login.* and 4 more\.$/);
  });

  it('doctor finds a policy that cannot be read at the default branch', async () => {
    const run = await diagnoseSeed({ files: { 'maintainers.yml': null } });
    expect(problems(run)[0]).toEqual(['policy', 'error']);
    expect(run.json.findings[0].message).toContain('maintainers.yml does not exist');
  });

  it('doctor reads the policy path from the workflow’s config input, or --config', async () => {
    const files = { 'maintainers.yml': null, '.github/maintainers.yml': fixture('maintainers.yml') };
    const fromWorkflow = await diagnoseSeed({
      files: {
        ...files,
        ...prWorkflow((t) => t.replace('config: maintainers.yml', 'config: .github/maintainers.yml')),
      },
    });
    // Read and used (no policy error); the README sweep's push filter names maintainers.yml, not .github/'s.
    expect(problems(fromWorkflow)).toEqual([['sweep', 'warning']]);
    expect(fromWorkflow.json.findings[0].message).toContain('.github/maintainers.yml');
    const fromFlag = await diagnoseSeed({ files }, ['--config', '.github/maintainers.yml']);
    expect(problems(fromFlag)).toEqual([['sweep', 'warning']]);
  });

  it('doctor says "not checked" (exit 2), never "ok", for what a GITHUB_TOKEN-like token cannot read', async () => {
    const run = await diagnoseSeed({ tokenPermissions: { contents: 'read' } });
    expect(problems(run)).toEqual([['code-owner-review', 'not-checked']]);
    expect(run.json.findings[0].fix).toContain('Administration read');
    expect(run.code).toBe(2);
  });

  it('doctor exits 2 without a token, saying what it needs', async () => {
    const run = await doctor(null);
    expect(run.code).toBe(2);
    expect(run.json.findings).toEqual([expect.objectContaining({ check: 'repository', severity: 'not-checked' })]);
    expect(run.json.findings[0].fix).toContain('GITHUB_TOKEN');
  });

  it('doctor exits 2 for a repository it cannot find', async () => {
    const emu = await seeded({});
    try {
      const run = await doctor(emu, ['--repo', `${OWNER}/nope`]);
      expect(run.code).toBe(2);
      expect(run.json.findings[0].message).toMatch(/HTTP 404.*does not exist, or the token cannot see it/);
    } finally {
      await emu.close();
    }
  });

  it.each([
    [['--repo', 'not a repo'], "--repo takes owner/name, not 'not a repo'"],
    [['--repo', 'a/b', '--format', 'markdown'], "--format must be text or json, not 'markdown'"],
    [['--repo', 'a/b', 'extra'], "doctor takes no arguments, got 'extra'"],
    [[], 'doctor needs --repo owner/name'],
  ])('doctor exits 2 on bad arguments: %j', async (args, message) => {
    const child = spawn(process.execPath, [CLI, 'doctor', ...args], { env: { PATH: process.env.PATH ?? '' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

/**
 * What this project asks of its own GitHub workflows beyond what actionlint checks (scripts/lint-workflows.js,
 * run by CI): least privilege, GitHub's own actions at a major tag, a concurrency group, no `${{ }}` inside
 * scripts, and never a pull request's code under pull_request_target or workflow_run (SECURITY.md). And the
 * policy the action runs on this repository (.github/maintainers.yml) validates and routes as it says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assemblePolicy } from '../../src/config/assemble-policy.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { compilePolicy } from '../../src/routing/compile-policy.js';
import { routeChanges } from '../../src/routing/route.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  'timeout-minutes'?: number;
  steps?: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { types?: string[]; workflows?: string[] } | null>;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const workflows: [string, Workflow][] = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => [name, parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow]);
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const byName = (name: string) => workflows.find(([file]) => file === name)![1];

/** Triggers whose runs get a write token and secrets whatever the pull request's origin. */
const PRIVILEGED = ['pull_request_target', 'workflow_run'];

describe.each(workflows)('.github/workflows/%s', (_file, workflow) => {
  it('sets top-level permissions that write nothing; jobs ask for what they write', () => {
    expect(workflow.permissions).toBeDefined();
    const top = workflow.permissions;
    if (typeof top === 'object' && top !== null) {
      expect(Object.values(top).every((level) => level === 'read' || level === 'none')).toBe(true);
    } else {
      expect(top).not.toMatch(/write/);
    }
  });

  it('has a timeout on every job, and a concurrency group when a job can write', () => {
    for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
    const writes = Object.values(workflow.jobs).some((job) => JSON.stringify(job.permissions ?? {}).includes('write'));
    if (writes) expect(workflow.concurrency).toBeDefined();
  });

  it("uses only the local action and GitHub's own actions at a major tag (or a full SHA)", () => {
    for (const { uses } of steps(workflow)) {
      if (uses === undefined || uses === './') continue;
      expect(uses).toMatch(/^(?:actions|github)\/[\w.-]+(?:\/[\w.-]+)*@(?:v\d+|[0-9a-f]{40})$/);
    }
  });

  it('interpolates no ${{ }} into scripts (event data reaches run: through env:)', () => {
    for (const { run } of steps(workflow)) if (run !== undefined) expect(run).not.toContain('${{');
  });

  // Defined only where it applies, so no test is reported as skipped.
  const privileged = PRIVILEGED.filter((event) => event in workflow.on);
  if (privileged.length > 0) {
    it(`checks out no pull request code under ${privileged.join(', ')}`, () => {
      for (const step of steps(workflow)) {
        if (!step.uses?.startsWith('actions/checkout@')) continue;
        expect(step.with ?? {}).not.toHaveProperty('ref');
        expect(step.with ?? {}).not.toHaveProperty('repository');
        expect(step.with ?? {}).not.toHaveProperty('allow-unsafe-pr-checkout');
        expect(step.with?.['persist-credentials']).toBe(false);
      }
    });
  }
});

describe('the action on its own repository', () => {
  const routeWorkflow = byName('rust-patch-router.yml');
  const reviewWorkflow = byName('rust-patch-router-review.yml');
  const sweepWorkflow = byName('rust-patch-router-sweep.yml');

  it('runs under pull_request_target on every action that can change a decision, and on merge groups', () => {
    expect(routeWorkflow.on.pull_request_target?.types).toEqual(
      expect.arrayContaining(['opened', 'synchronize', 'reopened', 'ready_for_review', 'edited']),
    );
    expect(routeWorkflow.on.merge_group?.types).toEqual(['checks_requested']);
    expect(routeWorkflow.on).not.toHaveProperty('pull_request');
  });

  it('relays reviews from the workflow the review runs, by its name', () => {
    expect(reviewWorkflow.on.pull_request_review?.types).toEqual(['submitted', 'dismissed']);
    expect(reviewWorkflow.permissions).toEqual({});
    expect(steps(reviewWorkflow).some((step) => step.uses !== undefined)).toBe(false);
    expect(sweepWorkflow.on.workflow_run?.workflows).toEqual([reviewWorkflow.name]);
  });

  it.each([routeWorkflow, sweepWorkflow])('$name grants exactly the permissions the gate needs', (workflow) => {
    const [job] = Object.values(workflow.jobs);
    expect(job.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      issues: 'write',
      statuses: 'write',
    });
  });

  const configs = [...new Set(workflows.flatMap(([, w]) => steps(w).filter((s) => s.uses === './')))].map(
    (step) => step.with?.config as string,
  );

  it('points every use of the action at .github/maintainers.yml', () => {
    expect(configs.length).toBeGreaterThan(0);
    expect(new Set(configs)).toEqual(new Set(['.github/maintainers.yml']));
  });

  it('has a policy that validates, compiles, and routes as its comments say', () => {
    const file = '.github/maintainers.yml';
    expect(existsSync(join(ROOT, file))).toBe(true);
    const document = validateConfig(readFileSync(join(ROOT, file), 'utf8'), file);
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
    const policy = assemblePolicy(document.value!);
    expect(policy.errors).toEqual([]);
    const compiled = compilePolicy(policy.value);
    expect(compiled.errors).toEqual([]);

    const route = (path: string) =>
      routeChanges({ files: [{ path, status: 'added' }], title: '', body: '', diffLines: [] }, compiled.value);
    expect(route('tests/fixtures/kernel/rust/kernel/str.rs').files[0]).toMatchObject({
      decision: 'opt-in',
      owner: 'TEST DATA',
    });
    expect(route('src/diff/fixtures/x.rs').files[0]).toMatchObject({ decision: 'opt-in', owner: 'TEST DATA' });
    expect(route('src/matcher/x.rs')).toMatchObject({ blocked: true, files: [{ decision: 'blocked' }] });
    expect(route('src/routing/route.ts').files[0]).toMatchObject({ decision: 'owners', owner: 'ROUTING' });
    expect(route('.github/maintainers.yml').files[0]).toMatchObject({ owner: 'BUILD AND RELEASE' });
    expect(route('README.md').files[0]).toMatchObject({ owner: 'THE REST' });
  });
});

describe('.github/dependabot.yml', () => {
  const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
  };

  it('keeps npm packages and the workflows’ actions up to date', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) expect(update.schedule.interval).toBeTruthy();
  });
});

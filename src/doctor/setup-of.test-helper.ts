/**
 * Test fixtures for the doctor checks: a correctly set-up repository as the API describes it (GitHub's JSON
 * shapes in api/, the README's three workflows in workflows/, a policy whose people all have the access their
 * role needs), and helpers to break one part of it at a time.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyOf } from '../routing/policy-of.test-helper.js';
import { permissionOf } from './permission-of.js';
import { findRouterSteps, type RouterStep } from './router-steps.js';
import type { BranchProtection, BranchRule, Collaborator, RepositorySetup, WorkflowFile } from './types.js';
import { parseWorkflow, type Workflow } from './workflow.js';

export { policyOf };

const HERE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const REPOSITORY = 'rust-for-linux/linux';

export function fixture(path: string): string {
  return readFileSync(join(HERE, path), 'utf8');
}

export function rulesFixture(): BranchRule[] {
  return JSON.parse(fixture('api/rules-branch-main.json')) as BranchRule[];
}

export function protectionFixture(): BranchProtection {
  return JSON.parse(fixture('api/branch-protection-main.json')) as BranchProtection;
}

/** The collaborators list as `listCollaborators` returns it from GitHub's JSON. */
export function collaboratorsFixture(): Collaborator[] {
  const raw = JSON.parse(fixture('collaborators.json')) as { login: string; permissions: Record<string, boolean> }[];
  return raw.map((person) => ({ login: person.login, permission: permissionOf(person.permissions) }));
}

export const GOOD_WORKFLOWS = ['rust-patch-router.yml', 'relay.yml', 'sweep.yml', 'ci.yml'];

export function workflowFile(name: string, text = fixture(`workflows/${name}`), state = 'active'): WorkflowFile {
  return { path: `.github/workflows/${name}`, text, state };
}

/** The correctly set-up repository. */
export function goodSetup(): RepositorySetup {
  return {
    repository: REPOSITORY,
    defaultBranch: 'main',
    branch: 'main',
    rules: { value: rulesFixture() },
    protection: { value: null },
    workflows: { value: GOOD_WORKFLOWS.map((name) => workflowFile(name)) },
    defaultWorkflowPermissions: { value: 'read' },
    collaborators: { value: collaboratorsFixture() },
    policy: { value: { path: 'maintainers.yml', policy: policyOf(fixture('maintainers.yml')), problems: [] } },
  };
}

/** Parses workflow text, failing the test on a syntax problem. */
export function workflowOf(text: string, path = '.github/workflows/x.yml', state?: string): Workflow {
  const parsed = parseWorkflow(path, text, state);
  expect(parsed.problems).toEqual([]);
  return parsed.value!;
}

/** The router steps of some workflow texts (each named `.github/workflows/w<i>.yml` unless given as [path, text]). */
export function stepsOf(...texts: (string | [string, string])[]): RouterStep[] {
  const workflows = texts.map((t, i) =>
    typeof t === 'string' ? workflowOf(t, `.github/workflows/w${i}.yml`) : workflowOf(t[1], t[0]),
  );
  return findRouterSteps(workflows, REPOSITORY);
}

/** The good PR workflow with `replace` applied to its text. */
export function prWorkflow(replace: (text: string) => string = (t) => t): string {
  return replace(fixture('workflows/rust-patch-router.yml'));
}

/**
 * What `doctor` reads: a repository's set-up through the API, into plain data (src/doctor/types.ts) for the
 * pure checks. Each part is read on its own; a part the token may not read becomes an Unreadable naming the
 * access it needs, so the checks say "not checked" instead of passing. Only a repository that cannot be read
 * at all throws.
 */
import { findRouterSteps, handlesPullRequests } from '../doctor/router-steps.js';
import type { PolicyRead, Readable, RepositorySetup, WorkflowFile } from '../doctor/types.js';
import { parseWorkflow } from '../doctor/workflow.js';
import { formatSourceError, InputError } from '../errors.js';
import type { GitHubClient } from './client.js';
import { getBranchProtection } from './get-branch-protection.js';
import { getDefaultWorkflowPermissions } from './get-default-workflow-permissions.js';
import { getFileAtCommit } from './get-file-at-commit.js';
import { getRepository } from './get-repository.js';
import { listBranchRules } from './list-branch-rules.js';
import { listCollaborators } from './list-collaborators.js';
import { listDirectory } from './list-directory.js';
import { listWorkflows } from './list-workflows.js';
import { configPath, readPolicyAtCommit } from './read-policy-at-commit.js';
import { classifyRequestError } from './request-failure.js';
import type { RepoRef } from './types.js';

export interface ReadSetupOptions {
  /** The branch whose protection and policy are checked. Defaults to the repository's default branch. */
  branch?: string;
  /** The policy's path. Defaults to the pull-request workflow's `config` input, else maintainers.yml. */
  config?: string;
}

/** Where workflow files live; GitHub runs no other. */
const WORKFLOWS_DIR = '.github/workflows';

/** The access each part needs, as a fix names it. */
const NEEDS = {
  rules: 'read access to the repository (fine-grained: Metadata read)',
  protection: 'admin on the repository (fine-grained: Administration read; a workflow’s GITHUB_TOKEN never has it)',
  workflows: 'read access to the repository’s contents (fine-grained: Contents read)',
  workflowPermissions: 'admin on the repository (fine-grained: Administration read)',
  collaborators: 'push access to the repository (a classic token: repo and read:org)',
  policy: 'read access to the repository’s contents (fine-grained: Contents read)',
};

/**
 * Reads everything doctor checks.
 *
 * @throws Error when the repository itself cannot be read (no such repository, no access, bad token).
 */
export async function readRepositorySetup(
  client: GitHubClient,
  repo: RepoRef,
  options: ReadSetupOptions = {},
): Promise<RepositorySetup> {
  const info = await getRepository(client, repo);
  const branch = options.branch ?? info.defaultBranch;
  const [rules, protection, workflows, defaultWorkflowPermissions, collaborators] = await Promise.all([
    readable(() => listBranchRules(client, repo, branch), NEEDS.rules),
    readable(() => getBranchProtection(client, repo, branch), NEEDS.protection),
    readable(() => readWorkflows(client, repo, info.defaultBranch), NEEDS.workflows),
    readable(() => getDefaultWorkflowPermissions(client, repo), NEEDS.workflowPermissions),
    readable(() => listCollaborators(client, repo), NEEDS.collaborators),
  ]);
  const path = configPath(options.config ?? configFromWorkflows(workflows, info.fullName) ?? 'maintainers.yml');
  const policy = await readable(() => readPolicy(client, repo, path, branch), NEEDS.policy);
  return {
    repository: info.fullName,
    defaultBranch: info.defaultBranch,
    branch,
    rules,
    protection,
    workflows,
    defaultWorkflowPermissions,
    collaborators,
    policy,
  };
}

/**
 * The workflow files at the default branch — the branch whose workflows `pull_request_target`, `workflow_run`,
 * `schedule` and `push` to it run. The Actions API gives each one's state; without access to it, the
 * directory listing gives the files (state unknown).
 */
async function readWorkflows(client: GitHubClient, repo: RepoRef, ref: string): Promise<WorkflowFile[]> {
  let entries: { path: string; state?: string }[];
  try {
    entries = (await listWorkflows(client, repo)).filter((w) => w.state !== 'deleted');
  } catch {
    entries = (await listDirectory(client, repo, WORKFLOWS_DIR, ref)).map((path) => ({ path }));
  }
  const files = entries.filter((e) => e.path.startsWith(`${WORKFLOWS_DIR}/`) && /\.ya?ml$/.test(e.path));
  const read = await Promise.all(
    files.map(async ({ path, state }): Promise<WorkflowFile | null> => {
      try {
        return { path, state, text: await getFileAtCommit(client, repo, path, ref) };
      } catch (error) {
        // Listed by the Actions API but absent from the default branch: it ran from another branch once.
        if (error instanceof InputError) return null;
        throw error;
      }
    }),
  );
  return read.filter((file): file is WorkflowFile => file !== null);
}

async function readPolicy(client: GitHubClient, repo: RepoRef, path: string, branch: string): Promise<PolicyRead> {
  try {
    const parsed = await readPolicyAtCommit(client, repo, path, branch);
    return { path, policy: parsed.value, problems: parsed.errors.map(formatSourceError) };
  } catch (error) {
    if (error instanceof InputError) return { path, policy: null, problems: error.errors.map(formatSourceError) };
    throw error;
  }
}

/** The `config` input of the step that runs on pull requests, when it is a plain path. */
function configFromWorkflows(workflows: Readable<WorkflowFile[]>, repository: string): string | undefined {
  if (!('value' in workflows)) return undefined;
  const parsed = workflows.value.flatMap((file) => parseWorkflow(file.path, file.text, file.state).value ?? []);
  const configs = findRouterSteps(parsed, repository)
    .filter(({ workflow }) => handlesPullRequests(workflow))
    .map(({ step }) => step.with.config?.trim())
    .filter((config): config is string => Boolean(config) && !config!.includes('${{'));
  return configs[0];
}

/** Runs one read; a failure becomes an Unreadable that says what was tried, what GitHub answered, and what would do. */
async function readable<T>(read: () => Promise<T>, needs: string): Promise<Readable<T>> {
  try {
    return { value: await read() };
  } catch (error) {
    const failure = classifyRequestError(error);
    // describeRequestFailure's message is "Could not <attempt>: <answer>".
    const attempt = error instanceof Error ? /^Could not (.*?):/s.exec(error.message)?.[1] : undefined;
    const answer = failure.status === 0 ? failure.message : `HTTP ${failure.status} ${failure.message}`;
    return {
      unreadable: {
        reason: attempt ? `GitHub answered ${answer} when asked to ${attempt}` : answer,
        needs: failure.kind === 'rate-limited' ? 'rate limit left (try again after it resets)' : needs,
      },
    };
  }
}

/**
 * Everything from "PR number" to "decision": the PR read fresh, the policy at its base commit, the complete
 * list of changes, directory-named patterns decided, reviews folded into acks, and the routing itself.
 */
import { changedPaths } from '../diff/changed-paths.js';
import { InputError, type SourceError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { getPullRequest } from '../github/get-pull-request.js';
import { listReviews } from '../github/list-reviews.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import type { Policy } from '../model.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { routeChanges } from '../routing/route.js';
import type { RoutingDecision } from '../routing/types.js';
import { proposedPolicy } from './proposed-policy.js';
import { readPullChanges } from './read-pull-changes.js';
import { readPolicyAtCommit } from '../github/read-policy-at-commit.js';
import { resolveDirectories } from './resolve-directories.js';

export interface RouteSettings {
  /** The policy file, repository-relative. */
  config: string;
  maxReviewers: number;
  /** With `block` on, an incomplete file list fails the run (fail closed); off, it is routed with a warning. */
  block: boolean;
  /** GITHUB_WORKSPACE: a git object store for PRs past the files API's cap; never read for the policy. */
  workspace: string | undefined;
}

/** Where routing reports as it goes; the action passes @actions/core's functions. */
export interface RouteLog {
  info(message: string): void;
  /** A warning, on a policy line when `at` is given. */
  warning(message: string, at?: SourceError): void;
}

export interface RoutedPullRequest {
  pr: PullRequest;
  policy: Policy;
  decision: RoutingDecision;
  /** Logins who already reviewed: not asked again. */
  reviewed: string[];
  /** For the job summary. */
  notes: string[];
  /** Milliseconds per step, in order. */
  timings: Record<string, number>;
}

/**
 * Routes pull request `number`. Returns null for a closed PR (nothing to route).
 *
 * @throws InputError for a policy that is missing or invalid at the base commit (every problem at once).
 * @throws Error naming its cause when the change list is incomplete with `block` on, or the API fails.
 */
export async function routePullRequest(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  settings: RouteSettings,
  log: RouteLog,
): Promise<RoutedPullRequest | null> {
  const timings: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - started;
    }
  };
  const notes: string[] = [];

  const pr = await timed('read pull request', () => getPullRequest(client, repo, number));
  if (pr.state === 'closed') return null;
  const read = await timed('read policy', () => readPolicyAtCommit(client, repo, settings.config, pr.baseSha));
  for (const warning of read.warnings) log.warning(warning.message, warning);
  if (read.value === null) throw new InputError(read.errors);
  const policy = read.value;
  log.info(`Policy: ${settings.config} at base commit ${pr.baseSha} (${policy.subsystems.length} subsystems).`);

  const changes = await timed('list changed files', () => readPullChanges(client, repo, pr, settings.workspace));
  if (!changes.complete) {
    if (settings.block) {
      throw new Error(`${changes.reason} Failing closed: an incomplete file list cannot prove the PR is not blocked.`);
    }
    log.warning(`${changes.reason} Routing the files listed only, since block is off.`);
    notes.push(`Routed only the ${changes.changes.files.length} files GitHub listed: ${changes.reason}`);
  } else if (changes.source === 'git') {
    log.info(`GitHub listed fewer files than the PR changes; took all ${changes.changes.files.length} from git.`);
  }
  const paths = changedPaths(changes.changes.files).map((entry) => entry.path);

  const directories = await timed('look up directories', () =>
    resolveDirectories(client, repo, pr.baseSha, policy.subsystems, paths),
  );
  if (directories.unresolved.length > 0) {
    const message = `Not looked up (too many), taken as file prefixes: ${directories.unresolved.join(', ')}.`;
    log.warning(message);
    notes.push(message);
  }
  const compiled = compilePolicy(policy, { isDirectory: directories.isDirectory });
  for (const warning of compiled.warnings) log.warning(warning.message, warning);
  if (compiled.errors.length > 0) throw new InputError(compiled.errors);

  const reviews = await timed('list reviews', () => listReviews(client, repo, pr.number));
  const decision = await timed('route', async () =>
    routeChanges(changes.changes, compiled.value, {
      author: pr.author,
      approvedBy: reviews.approvedBy,
      maxReviewers: settings.maxReviewers,
    }),
  );
  const proposed = await proposedPolicy(client, repo, pr, settings.config, policy, paths);
  if (proposed.changes !== undefined) decision.policyChanges = proposed.changes;
  notes.push(...proposed.notes);
  return { pr, policy, decision, reviewed: reviews.reviewed, notes, timings };
}

/**
 * Step 1 of the per-PR run (docs/GATE.md, "The per-PR run"): everything the decision depends on, read fresh
 * from the API into plain data — the PR, the policy at its base commit (compiled), its complete change set,
 * its reviews with the commit each was given on, our latest status on its head, its comments. Deciding and
 * applying take these facts and never read the API for them again, so a sweep can read the same facts for
 * many PRs another way (GraphQL) and reuse the rest unchanged.
 */
import { changedPaths } from '../diff/changed-paths.js';
import type { ChangeSet } from '../diff/types.js';
import { InputError, type SourceError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { getBranchTip } from '../github/get-branch-tip.js';
import { getCommitStatus, type CommitStatus } from '../github/get-commit-status.js';
import { getPullRequest } from '../github/get-pull-request.js';
import { readPolicyAtCommit } from '../github/read-policy-at-commit.js';
import { listComments } from '../github/list-comments.js';
import { listReviews } from '../github/list-reviews.js';
import type { IssueComment, PullRequest, RepoRef } from '../github/types.js';
import type { Policy } from '../model.js';
import { compilePolicy, type CompiledPolicy } from '../routing/compile-policy.js';
import type { Review } from '../routing/review-verdicts.js';
import type { InterfaceMap } from '../interfaces/types.js';
import { readInterfaceMap } from './read-interface-map.js';
import { readPullChanges } from './read-pull-changes.js';
import { resolveDirectories } from './resolve-directories.js';

export interface FactSettings {
  /** The policy file, repository-relative. */
  config: string;
  /** With `block` on, an incomplete file list fails the run (fail closed); off, it is routed with a warning. */
  block: boolean;
  /** GITHUB_WORKSPACE: a git object store for PRs past the files API's cap; never read for the policy. */
  workspace: string | undefined;
  /** The status context to read, or null when the `status` input is off. */
  statusContext: string | null;
  /** Whether the comments are needed (the `comment` input). */
  comments: boolean;
}

/** Where reading reports as it goes; the action passes @actions/core's functions. */
export interface RouteLog {
  info(message: string): void;
  /** A warning, on a policy line when `at` is given. */
  warning(message: string, at?: SourceError): void;
}

export interface PullFacts {
  pr: PullRequest;
  /**
   * The commit the policy was read at: the base branch's tip now. `pr.baseSha` moves only when the PR's head
   * does, so a PR reviewed after a policy change on its base branch would otherwise be judged by the old
   * policy — and a review run could undo what the sweep decided (docs/GATE.md, "The policy at the base commit").
   */
  policyCommit: string;
  policy: Policy;
  compiled: CompiledPolicy;
  changes: ChangeSet;
  /** Every touched path (renames' old paths included). */
  paths: string[];
  reviews: Review[];
  /** Our latest status on the head; null when there is none or the status is off. */
  status: CommitStatus | null;
  /** The PR's comments, oldest first; empty when the comment is off. */
  comments: IssueComment[];
  /** For the job summary. */
  notes: string[];
  /** The Rust ↔ C map at the policy's commit, when the change can touch an interface (read-interface-map.ts). */
  interfaceMap?: InterfaceMap;
}

/**
 * Reads the facts of pull request `number`. Returns null for a closed PR (nothing to route).
 *
 * @param onPullRequest told the PR as soon as it is read, so a failure later can still put its `error`
 *   status on the head it read.
 * @throws InputError for a policy that is missing or invalid at the base commit (every problem at once).
 * @throws Error naming its cause when the change list is incomplete with `block` on, or the API fails.
 */
export async function readPullFacts(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  settings: FactSettings,
  log: RouteLog,
  timed: <T>(step: string, work: () => Promise<T>) => Promise<T>,
  onPullRequest: (pr: PullRequest) => void = () => undefined,
): Promise<PullFacts | null> {
  const notes: string[] = [];
  const pr = await timed('read pull request', () => getPullRequest(client, repo, number));
  if (pr.state === 'closed') return null;
  onPullRequest(pr);
  // A base branch that is gone (the PR is about to be closed) leaves the commit the PR last recorded.
  const policyCommit =
    (await timed('read the base branch', () => getBranchTip(client, repo, pr.baseRef))) ?? pr.baseSha;
  const read = await timed('read policy', () => readPolicyAtCommit(client, repo, settings.config, policyCommit));
  for (const warning of read.warnings) log.warning(warning.message, warning);
  if (read.value === null) throw new InputError(read.errors);
  const policy = read.value;
  log.info(
    `Policy: ${settings.config} at ${policyCommit}, the tip of ${pr.baseRef} (${policy.subsystems.length} subsystems).`,
  );

  const listed = await timed('list changed files', () => readPullChanges(client, repo, pr, settings.workspace));
  if (!listed.complete) {
    if (settings.block) {
      throw new Error(`${listed.reason} Failing closed: an incomplete file list cannot prove the PR is not blocked.`);
    }
    log.warning(`${listed.reason} Routing the files listed only, since block is off.`);
    notes.push(`Routed only the ${listed.changes.files.length} files GitHub listed: ${listed.reason}`);
  } else if (listed.source === 'git') {
    log.info(`GitHub listed fewer files than the PR changes; took all ${listed.changes.files.length} from git.`);
  }
  const paths = changedPaths(listed.changes.files).map((entry) => entry.path);

  const directories = await timed('look up directories', () =>
    resolveDirectories(client, repo, policyCommit, policy.subsystems, paths),
  );
  if (directories.unresolved.length > 0) {
    const message = `Not looked up (too many), taken as file prefixes: ${directories.unresolved.join(', ')}.`;
    log.warning(message);
    notes.push(message);
  }
  const compiled = compilePolicy(policy, { isDirectory: directories.isDirectory });
  for (const warning of compiled.warnings) log.warning(warning.message, warning);
  if (compiled.errors.length > 0) throw new InputError(compiled.errors);

  // The rest does not depend on each other: read it together.
  const context = settings.statusContext;
  const [reviews, status, comments, interfaces] = await timed('read reviews, status, comments, interfaces', () =>
    Promise.all([
      listReviews(client, repo, pr.number),
      context === null ? Promise.resolve(null) : getCommitStatus(client, repo, pr.headSha, context),
      settings.comments ? listComments(client, repo, pr.number) : Promise.resolve([]),
      readInterfaceMap(client, repo, policyCommit, policy, paths, settings.workspace),
    ]),
  );
  for (const note of interfaces.notes) log.warning(note);
  notes.push(...interfaces.notes);
  return {
    pr,
    policyCommit,
    policy,
    compiled: compiled.value,
    changes: listed.changes,
    paths,
    reviews,
    status,
    comments,
    notes,
    ...(interfaces.map === undefined ? {} : { interfaceMap: interfaces.map }),
  };
}

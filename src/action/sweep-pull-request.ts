/**
 * One PR of a sweep or a relay (docs/GATE.md, "The sweep" and "The relay"): the per-PR run with "read the
 * facts" replaced by a GraphQL snapshot — decided by decide-pull-request.ts and applied by apply-decision.ts,
 * unchanged. What is read when:
 *
 * - always: nothing beyond the snapshot (its page), the branch's policy (once per branch), and the directory
 *   lookups its paths need (once per page);
 * - judging acks: a permission read per approver whose approval would lift a hold (once per sweep), and
 *   comparisons only for approvals of commits other than the head on held files (read-ack-evidence.ts);
 * - review requests: whether each handle not yet requested is requestable (once per sweep);
 * - a policy edit: the head's policy and the open PRs' paths (proposed-policy.ts, policy-review.ts);
 * - the files with their patches (REST, as the per-PR run reads them) only when GraphQL cannot say enough
 *   (renames, over 100 files), when keywords in the diff could matter (sweep-diff.ts), and always before a
 *   write: every write is made from the same facts a PR event reads;
 * - reviews, comments or the status over REST when the snapshot holds only part of them;
 * - before the first write, the PR and our status again (apply-decision.ts's fence).
 *
 * An unchanged PR — the snapshot already shows its decision — therefore costs no request of its own.
 */
import { changedPaths } from '../diff/changed-paths.js';
import type { ChangeSet } from '../diff/types.js';
import { formatSourceError, InputError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { getCommitStatus } from '../github/get-commit-status.js';
import { getPullRequestSnapshot } from '../github/get-pull-request-snapshot.js';
import { listComments } from '../github/list-comments.js';
import { listReviews } from '../github/list-reviews.js';
import type { PullSnapshot } from '../github/pull-snapshot.js';
import { classifyRequestError } from '../github/request-failure.js';
import type { RepoRef } from '../github/types.js';
import { WriteGate } from '../github/write-gate.js';
import { COMMENT_MARKER, renderComment } from '../report/render-comment.js';
import { errorStatus } from '../report/render-status.js';
import { routeChanges } from '../routing/route.js';
import type { RoutingDecision, Verdict } from '../routing/types.js';
import { applyDecision, RestartRun, type ApplyOptions, type ApplyResult, type CommentDraft } from './apply-decision.js';
import { decidePullRequest, type Timed } from './decide-pull-request.js';
import { directoryQuestions } from './directory-answers.js';
import { applyNotes } from './notes.js';
import { planWrites } from './plan-writes.js';
import { readPullChanges } from './read-pull-changes.js';
import type { PullFacts } from './read-pull-facts.js';
import { blobLineLink } from '../report/line-links.js';
import { carriedMentions, checksCouldLook, keywordCandidates } from './sweep-diff.js';
import { syncGateStatus } from './sync-gate-status.js';
import type { BranchPolicy, SweepPolicies } from './sweep-policy.js';
import type { SweepReads } from './sweep-reads.js';

/** The action's inputs, as a sweep applies them. */
export interface SweepSettings extends Omit<ApplyOptions, 'restartOnConflict'> {
  config: string;
  maxReviewers: number;
  /** GITHUB_WORKSPACE: a git object store for PRs past the files API's cap. */
  workspace: string | undefined;
}

export interface SweepLog {
  info(message: string): void;
  warning(message: string): void;
}

/** What every PR of one sweep shares. */
export interface SweepContext {
  client: GitHubClient;
  repo: RepoRef;
  settings: SweepSettings;
  log: SweepLog;
  policies: SweepPolicies;
  reads: SweepReads;
  /**
   * The subsystems a policy push changed (any field), whose mentions by keyword cannot be carried over from
   * the PR's labels; 'all' when the policy before the push could not be read; null when no push is known
   * (schedule, dispatch, relay).
   */
  changedSubsystems: ReadonlySet<string> | 'all' | null;
  /** Links an `error` status to the run's log. */
  runUrl: string;
  /** GitHub's web address, for links to lines. */
  serverUrl: string;
}

/** What happened to one PR. */
export interface PullOutcome {
  number: number;
  result: 'unchanged' | 'updated' | 'superseded' | 'error';
  verdict: Verdict | null;
  blocked: boolean;
  /** What was written (on a dry run: would have been). */
  writes: string[];
  /** Why its files were read with their patches; null when the snapshot sufficed. */
  diffRead: string | null;
  /** The status says what the decision says (written, already there, or a dry run). */
  statusCarried: boolean;
  /** The cause, for `error`. */
  error?: string;
}

/** Another run changed our status meanwhile: read the PR again and decide anew, this many times at most. */
const MAX_ATTEMPTS = 3;

/** Nothing in a sweep is timed per step: the summary reports the sweep as a whole. */
const untimed: Timed = (_step, work) => work();

/**
 * Re-decides one PR and writes what differs. Throws only for a rate limit (the sweep stops there); any other
 * failure becomes an `error` status on the PR's head and an `error` outcome.
 */
export async function sweepPullRequest(ctx: SweepContext, first: PullSnapshot): Promise<PullOutcome> {
  let snapshot = first;
  for (let attempt = 1; ; attempt++) {
    try {
      return await decideAndApply(ctx, snapshot, attempt < MAX_ATTEMPTS);
    } catch (error) {
      if (error instanceof RestartRun) {
        ctx.log.info(`#${snapshot.pr.number}: ${error.message} Reading it again.`);
        snapshot = await getPullRequestSnapshot(ctx.client, ctx.repo, snapshot.pr.number, ctx.settings.statusContext);
        continue;
      }
      if (classifyRequestError(error).kind === 'rate-limited') throw error;
      return failed(ctx, snapshot, error);
    }
  }
}

async function decideAndApply(
  ctx: SweepContext,
  snapshot: PullSnapshot,
  restartOnConflict: boolean,
): Promise<PullOutcome> {
  const { settings } = ctx;
  const branch = await ctx.policies.forBranch(snapshot.pr.baseRef);
  if ('error' in branch) throw branch.error;
  let facts = await readFacts(ctx, snapshot, branch);
  let exact = snapshot.filesComplete ? null : 'GraphQL does not list all its files with their sources';
  let carried: string[] = [];
  if (exact === null) {
    // Which subsystems a keyword in the unread diff could mention, and whether their mentions can be carried.
    const routed = routeChanges(facts.changes, facts.compiled, {
      author: facts.pr.author,
      maxReviewers: settings.maxReviewers,
    });
    const candidates = keywordCandidates(routed, facts.policy);
    exact = diffNeeded(ctx, facts, candidates);
    carried = carriedMentions(candidates, facts.policy, facts.pr.labels);
  }
  if (exact !== null) facts = await withDiff(ctx, facts, branch);
  let decision = await decide(ctx, facts, exact === null ? carried : []);

  let draft = commentDraft(ctx, decision, facts.pr.headSha);
  let writes = await plannedWrites(ctx, decision, facts, draft);
  if (writes.length > 0 && exact === null) {
    // Every write is made from the facts a PR event reads: the diff included.
    exact = 'its decision changed (read before writing)';
    facts = await withDiff(ctx, facts, branch);
    decision = await decide(ctx, facts);
    draft = commentDraft(ctx, decision, facts.pr.headSha);
    writes = await plannedWrites(ctx, decision, facts, draft);
  }
  const outcome = {
    number: facts.pr.number,
    verdict: decision.verdict,
    blocked: decision.blocked,
    diffRead: exact,
  };
  if (writes.length === 0) return { ...outcome, result: 'unchanged', writes, statusCarried: true };
  // A dry run reports what a real sweep would write, and writes nothing.
  if (settings.dryRun) return { ...outcome, result: 'updated', writes, statusCarried: true };

  const applied = await applyDecision(
    { client: ctx.client, repo: ctx.repo, facts, log: prefixed(ctx.log, facts.pr.number) },
    decision,
    draft,
    { ...settings, restartOnConflict },
  );
  for (const note of applyNotes(applied)) {
    if (note.warn) ctx.log.warning(`#${facts.pr.number}: ${note.text}`);
  }
  if (applied.gate.superseded !== null) {
    return { ...outcome, result: 'superseded', writes: [], statusCarried: true };
  }
  return { ...outcome, result: 'updated', writes, statusCarried: statusCarried(applied, settings) };
}

/** Why the diff must be read although GraphQL listed every path, or null when the labels can stand for it. */
function diffNeeded(ctx: SweepContext, facts: PullFacts, candidates: readonly string[]): string | null {
  if (checksCouldLook(facts.paths, facts.policy, (path) => facts.compiled.isRust(path))) {
    if (!ctx.settings.status) return 'the Rust checks read it, and with status off no run marks a head as decided';
    if (facts.status === null) return 'the Rust checks read it, and no run of ours decided its head yet';
    if (ctx.changedSubsystems === 'all') return 'the Rust checks read it, and the policy push changed the policy';
  }
  if (candidates.length === 0) return null;
  if (!ctx.settings.status)
    return 'keywords could mention a subsystem, and with status off no run marks a head as decided';
  if (facts.status === null) return 'keywords could mention a subsystem, and no run of ours decided its head yet';
  const pushed = ctx.changedSubsystems;
  const changed = candidates.filter((name) => pushed === 'all' || (pushed !== null && pushed.has(name)));
  if (changed.length > 0) return `keywords could mention ${changed.join(', ')}, which the policy push changed`;
  return null;
}

function decide(ctx: SweepContext, facts: PullFacts, assumeMentioned?: readonly string[]): Promise<RoutingDecision> {
  return decidePullRequest(ctx.client, ctx.repo, facts, ctx.settings, untimed, {
    ...(assumeMentioned && assumeMentioned.length > 0 ? { assumeMentioned } : {}),
    ackReads: ctx.reads.ackReads,
    openPulls: ctx.reads.openPulls,
  }).then((decided) => {
    facts.notes.push(...decided.notes);
    return decided.decision;
  });
}

function commentDraft(ctx: SweepContext, decision: RoutingDecision, headSha: string): CommentDraft {
  // Rendered as a PR event renders it (main.ts), so an unchanged PR's comment stays byte-identical.
  const lineLink = blobLineLink(ctx.serverUrl, ctx.repo, headSha);
  return {
    marker: COMMENT_MARKER,
    render: (notRequested) => renderComment(decision, { marker: COMMENT_MARKER, notRequested, lineLink }),
  };
}

/** The writes applyDecision would make; reads whether GitHub accepts the reviewers it needs to know about. */
async function plannedWrites(
  ctx: SweepContext,
  decision: RoutingDecision,
  facts: PullFacts,
  draft: CommentDraft,
): Promise<string[]> {
  const plan = () => planWrites(ctx.repo, decision, facts, draft, ctx.settings, (h) => ctx.reads.requestable(h));
  let planned = plan();
  if (planned.kind === 'needs-handles') {
    await ctx.reads.checkRequestable(planned.handles);
    planned = plan();
  }
  if (planned.kind === 'needs-handles')
    throw new Error(`Could not learn whether ${planned.handles.join(', ')} can review.`);
  return planned.writes;
}

/**
 * The facts of the snapshot, completed over REST where GraphQL gave only part, decided by the branch's
 * policy at its tip (`policyCommit`: what directory lookups and ack comparisons are taken at too, as in the
 * per-PR run). Without the diff: `diffLines` is empty until withDiff.
 */
async function readFacts(
  ctx: SweepContext,
  snapshot: PullSnapshot,
  branch: Extract<BranchPolicy, { policy: unknown }>,
): Promise<PullFacts> {
  const { client, repo, settings } = ctx;
  const pr = snapshot.pr;
  const [reviews, comments, status] = await Promise.all([
    snapshot.reviewsComplete ? snapshot.reviews : listReviews(client, repo, pr.number),
    !settings.comment ? [] : snapshot.commentsComplete ? snapshot.comments : listComments(client, repo, pr.number),
    !settings.status
      ? null
      : snapshot.status !== undefined
        ? snapshot.status
        : getCommitStatus(client, repo, pr.headSha, settings.statusContext),
  ]);
  const changes: ChangeSet = { files: snapshot.files, title: pr.title, body: pr.body, diffLines: [] };
  return withChanges(
    ctx,
    { pr, policyCommit: branch.commit, policy: branch.policy, reviews, status, comments, notes: [] },
    branch,
    changes,
  );
}

/** The facts with the files read over REST, patches and rename sources included, as a PR event reads them. */
async function withDiff(
  ctx: SweepContext,
  facts: PullFacts,
  branch: Extract<BranchPolicy, { policy: unknown }>,
): Promise<PullFacts> {
  const listed = await readPullChanges(ctx.client, ctx.repo, facts.pr, ctx.settings.workspace);
  if (!listed.complete) {
    if (ctx.settings.block) {
      throw new Error(`${listed.reason} Failing closed: an incomplete file list cannot prove the PR is not blocked.`);
    }
    facts.notes.push(`Routed only the ${listed.changes.files.length} files GitHub listed: ${listed.reason}`);
  }
  const completed = await withChanges(ctx, facts, branch, listed.changes);
  const interfaces = await ctx.reads.interfaceMap(branch.commit, completed.policy, completed.paths);
  completed.notes.push(...interfaces.notes);
  return interfaces.map === undefined ? completed : { ...completed, interfaceMap: interfaces.map };
}

async function withChanges(
  ctx: SweepContext,
  facts: Omit<PullFacts, 'changes' | 'paths' | 'compiled'>,
  branch: Extract<BranchPolicy, { policy: unknown }>,
  changes: ChangeSet,
): Promise<PullFacts> {
  const paths = changedPaths(changes.files).map((entry) => entry.path);
  const questions = directoryQuestions(branch.candidates, paths);
  await ctx.policies.lookUpDirectories(branch.commit, [questions]);
  const notes = [...facts.notes];
  if (questions.unresolved.length > 0) {
    notes.push(`Not looked up (too many), taken as file prefixes: ${questions.unresolved.join(', ')}.`);
  }
  return { ...facts, changes, paths, compiled: ctx.policies.compiledFor(branch, questions), notes };
}

/** A failure on one PR: an `error` status on its head (fail closed), the cause in the outcome. */
async function failed(ctx: SweepContext, snapshot: PullSnapshot, error: unknown): Promise<PullOutcome> {
  const { settings } = ctx;
  const cause =
    error instanceof InputError
      ? error.errors.map(formatSourceError).join('\n')
      : error instanceof Error
        ? error.message
        : String(error);
  const pr = snapshot.pr;
  ctx.log.warning(`#${pr.number}: could not decide: ${cause}`);
  const outcome: PullOutcome = {
    number: pr.number,
    result: 'error',
    verdict: null,
    blocked: false,
    writes: [],
    diffRead: null,
    statusCarried: false,
    error: cause,
  };
  if (!settings.status || settings.dryRun) return { ...outcome, statusCarried: settings.dryRun };
  try {
    const latest =
      snapshot.status !== undefined
        ? snapshot.status
        : await getCommitStatus(ctx.client, ctx.repo, pr.headSha, settings.statusContext);
    const gate = new WriteGate({
      dryRun: false,
      warn: (m) => ctx.log.warning(`#${pr.number}: ${m}`),
      info: () => undefined,
    });
    const synced = await syncGateStatus(
      { client: ctx.client, repo: ctx.repo, sha: pr.headSha, context: settings.statusContext, targetUrl: ctx.runUrl },
      errorStatus(cause),
      latest,
      gate,
    );
    const writes = synced.result === 'written' ? [`set the ${settings.statusContext} status to error`] : [];
    return { ...outcome, writes, statusCarried: synced.result === 'written' || synced.result === 'unchanged' };
  } catch (statusError) {
    if (classifyRequestError(statusError).kind === 'rate-limited') throw statusError;
    ctx.log.warning(
      `#${pr.number}: could not set the ${settings.statusContext} status to error: ${String(statusError)}`,
    );
    return outcome;
  }
}

function statusCarried(applied: ApplyResult, settings: SweepSettings): boolean {
  if (!settings.status || settings.dryRun) return settings.dryRun;
  return applied.status.result === 'written' || applied.status.result === 'unchanged';
}

function prefixed(log: SweepLog, number: number): SweepLog {
  return { info: (m) => log.info(`#${number}: ${m}`), warning: (m) => log.warning(`#${number}: ${m}`) };
}

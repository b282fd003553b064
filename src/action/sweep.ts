/**
 * The sweep and the relay (docs/GATE.md, "The sweep", "The relay"): re-decide open PRs that no event of
 * their own re-decided — after a policy push, on a schedule, when a fork PR's review ran with a read-only
 * token — and write only what changed. Open PRs are read through GraphQL a page at a time
 * (sweep-pull-request.ts says what else is read when); the run stops before the rate limit would refuse a
 * request, and says where.
 *
 * Resuming needs no state: PRs are taken in a fixed order (newest first) and each is decided afresh, so a
 * sweep after one that stopped re-reads the first ones in their pages, finds them already showing their
 * decision, writes nothing to them, and goes on where the other stopped. Nothing the PR's author controls
 * says where that is.
 */
import type { GitHubClient } from '../github/client.js';
import { getPullRequestSnapshot } from '../github/get-pull-request-snapshot.js';
import { readRateLimits } from '../github/get-rate-limits.js';
import { listOpenPullRequests } from '../github/list-open-pull-requests.js';
import { listPullRequestsByHead } from '../github/list-pull-requests-by-head.js';
import type { PullSnapshot } from '../github/pull-snapshot.js';
import type { RateLimits } from '../github/rate-limits.js';
import { classifyRequestError } from '../github/request-failure.js';
import type { RepoRef } from '../github/types.js';
import type { EventPlan } from './event.js';
import { directoryQuestions } from './directory-answers.js';
import { policyPushVerdict } from './policy-push.js';
import {
  sweepPullRequest,
  type PullOutcome,
  type SweepContext,
  type SweepLog,
  type SweepSettings,
} from './sweep-pull-request.js';
import { FIRST_PAGE_COST, stopReason } from './sweep-budget.js';
import { SweepPolicies, type PolicyLog } from './sweep-policy.js';
import { SweepReads } from './sweep-reads.js';

/** PRs per GraphQL page: 50 PRs of up to 100 files, reviews and comments each stay well inside GitHub's
 * node limit and answer in a few seconds; 500 PRs are ten pages. */
export const PAGE_SIZE = 50;

export type SweepPlan = Extract<EventPlan, { kind: 'sweep' | 'relay' }>;

/** What a sweep or relay did, for the log, the summary, the outputs and the step result. */
export interface SweepReport {
  trigger: string;
  /** What was swept, in words: "every open PR", "the open PRs into main", "the PRs whose head is 9e8d7c6". */
  scope: string;
  /** Why nothing was swept (a push that left the policy alone, a relay that found no PR); null otherwise. */
  skipped: string | null;
  outcomes: PullOutcome[];
  /** Open PRs in scope when the first page was read. */
  open: number;
  /** The run stopped for the rate limit: before which PR (null: before a page), and why. */
  stopped: { before: number | null; reason: string } | null;
  /** `sweep-limit` cut the list. */
  limited: boolean;
  /** The policy of a branch could not be read: the run failed (its PRs got `error`). */
  policyErrors: string[];
}

export interface SweepEnvironment {
  client: GitHubClient;
  repo: RepoRef;
  settings: SweepSettings & { sweepLimit: number };
  log: SweepLog & PolicyLog;
  limits: RateLimits;
  runUrl: string;
  /** GitHub's web address (GITHUB_SERVER_URL), for links to lines. */
  serverUrl: string;
}

/**
 * Runs the sweep or the relay a plan asks for.
 *
 * @example (await runSweep(env, { kind: 'sweep', trigger: 'schedule' })).outcomes.filter((o) => o.result === 'updated')
 */
export async function runSweep(env: SweepEnvironment, plan: SweepPlan): Promise<SweepReport> {
  const report: SweepReport = {
    trigger: plan.trigger,
    scope: 'every open pull request',
    skipped: null,
    outcomes: [],
    open: 0,
    stopped: null,
    limited: false,
    policyErrors: [],
  };
  const policies = new SweepPolicies(env.client, env.repo, env.settings.config, env.log);
  const ctx: SweepContext = {
    client: env.client,
    repo: env.repo,
    settings: env.settings,
    log: env.log,
    policies,
    reads: new SweepReads(env.client, env.repo, env.settings.workspace),
    changedSubsystems: null,
    runUrl: env.runUrl,
    serverUrl: env.serverUrl,
  };

  if (plan.kind === 'relay') {
    report.scope = `the open pull requests whose head is ${plan.headSha.slice(0, 7)}`;
    const pulls = await relayedPulls(env, plan);
    if (pulls.length === 0) {
      report.skipped =
        `No open pull request from ${plan.headOwner}:${plan.headBranch} has the head ${plan.headSha.slice(0, 7)} ` +
        'any more (closed, or pushed to since): the run for its new head decides.';
      return report;
    }
    report.open = pulls.length;
    await sweepPulls(ctx, env, pulls, report);
    return finish(report, ctx);
  }

  if (plan.push !== undefined) {
    report.scope = `the open pull requests into ${plan.push.branch}`;
    const verdict = await policyPushVerdict(env.client, env.repo, env.settings.config, plan.push);
    if (!verdict.changed) {
      report.skipped = `The push left the policy alone (${verdict.why}): no pull request to re-decide.`;
      return report;
    }
    env.log.info(`Sweeping the open pull requests into ${plan.push.branch}: ${verdict.why}.`);
    // Decided by the branch's tip, as PR events are: the push's own policy when nothing landed since.
    if (verdict.after !== null && (await policies.tip(plan.push.branch)) === plan.push.after) {
      policies.seed(plan.push.branch, plan.push.after, verdict.after);
    }
    ctx.changedSubsystems = verdict.changedSubsystems;
  }
  await sweepPages(ctx, env, plan.push?.branch, report);
  return finish(report, ctx);
}

/** Pages through the open PRs (of `base`, or all), deciding each, until done, limited or out of budget. */
async function sweepPages(
  ctx: SweepContext,
  env: SweepEnvironment,
  base: string | undefined,
  report: SweepReport,
): Promise<void> {
  // Both budgets before the first page, so even that one is never refused.
  await readRateLimits(env.client, env.limits);
  const limit = env.settings.sweepLimit;
  const seen = new Set<number>();
  let cursor: string | null = null;
  let pageCost = FIRST_PAGE_COST;
  for (;;) {
    const why = stopReason(budgets(env.limits), 'page', pageCost);
    if (why !== null) {
      report.stopped = { before: null, reason: why };
      return;
    }
    const first = Math.max(1, Math.min(PAGE_SIZE, limit - report.outcomes.length));
    let page;
    try {
      page = await listOpenPullRequests(env.client, env.repo, {
        ...(base === undefined ? {} : { base }),
        context: env.settings.statusContext,
        first,
        cursor,
      });
    } catch (error) {
      if (classifyRequestError(error).kind !== 'rate-limited') throw error;
      report.stopped = { before: null, reason: 'GitHub refused the next page: the rate limit is spent' };
      return;
    }
    pageCost = page.rate?.cost ?? pageCost;
    if (cursor === null) report.open = page.totalCount;
    const fresh = page.pulls.filter((pull) => !seen.has(pull.pr.number));
    for (const pull of fresh) seen.add(pull.pr.number);
    const room = limit - report.outcomes.length;
    if (fresh.length > room) report.limited = true;
    const done = await sweepPulls(ctx, env, fresh.slice(0, room), report);
    if (!done) return;
    if (report.outcomes.length >= limit) {
      report.limited ||= page.nextCursor !== null;
      return;
    }
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}

/**
 * Decides `pulls` in order; false when the rate limit stopped the run (report.stopped says before which PR).
 * What the PRs of a page share is read first, once: their branches' tips and policies, the directory lookups.
 */
async function sweepPulls(
  ctx: SweepContext,
  env: SweepEnvironment,
  pulls: readonly PullSnapshot[],
  report: SweepReport,
): Promise<boolean> {
  await prefetch(ctx, pulls);
  for (const pull of pulls) {
    const why = stopReason(budgets(env.limits), 'pull', 0);
    if (why !== null) {
      report.stopped = { before: pull.pr.number, reason: why };
      return false;
    }
    try {
      const outcome = await sweepPullRequest(ctx, pull);
      report.outcomes.push(outcome);
      if (outcome.result === 'updated' || outcome.result === 'superseded') {
        env.log.info(`#${outcome.number}: ${outcome.result} (${outcome.writes.join('; ') || 'nothing written'}).`);
      }
    } catch (error) {
      // Only a rate limit gets here (sweepPullRequest turns every other failure into an `error` outcome).
      report.stopped = {
        before: pull.pr.number,
        reason: `GitHub refused a request: ${classifyRequestError(error).message}`,
      };
      return false;
    }
  }
  return true;
}

/** Tips and policies of the page's branches, and the directory lookups of PRs whose paths GraphQL listed. */
async function prefetch(ctx: SweepContext, pulls: readonly PullSnapshot[]): Promise<void> {
  const branches = [...new Set(pulls.map((pull) => pull.pr.baseRef))];
  await ctx.policies.resolveTips(branches);
  for (const branch of branches) {
    const policy = await ctx.policies.forBranch(branch);
    if ('error' in policy) continue;
    const questions = pulls
      .filter((pull) => pull.pr.baseRef === branch && pull.filesComplete)
      .map((pull) =>
        directoryQuestions(
          policy.candidates,
          pull.files.map((file) => file.path),
        ),
      );
    await ctx.policies.lookUpDirectories(policy.commit, questions);
  }
}

/**
 * The relay's PRs: the open PRs from `owner:branch` whose head GitHub reports as the run's head SHA. The owner
 * and branch (text from the fork) only narrow the list; the PR numbers come from GitHub's answer.
 */
async function relayedPulls(
  env: SweepEnvironment,
  plan: Extract<SweepPlan, { kind: 'relay' }>,
): Promise<PullSnapshot[]> {
  const heads = await listPullRequestsByHead(env.client, env.repo, plan.headOwner, plan.headBranch);
  const matching = heads.filter((pull) => pull.headSha === plan.headSha);
  const snapshots = await Promise.all(
    matching.map((pull) => getPullRequestSnapshot(env.client, env.repo, pull.number, env.settings.statusContext)),
  );
  // Read again just now: a push since the list was read moves the head, and that head's own run decides.
  return snapshots.filter((snapshot) => snapshot.pr.state === 'open' && snapshot.pr.headSha === plan.headSha);
}

async function finish(report: SweepReport, ctx: SweepContext): Promise<SweepReport> {
  report.policyErrors = await ctx.policies.errors();
  return report;
}

function budgets(limits: RateLimits) {
  return { core: limits.get('core'), graphql: limits.get('graphql') };
}

/**
 * The action: reads the event and inputs, decides the PR (or the merge group) by the policy at its base
 * commit, applies the decision and reports it. The only file that touches @actions/core and github.context;
 * everything it calls takes plain data or the client.
 *
 * Whatever happens, a run that was asked to decide leaves a commit status behind: the decision's, or
 * `error` when it could not decide — a required status nobody writes would hold the PR (or the merge
 * queue) forever, and one left from an earlier run could let it through.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { InputError, formatSourceError, type SourceError } from '../errors.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { watchRateLimits } from '../github/rate-limits.js';
import { getCommitStatus } from '../github/get-commit-status.js';
import type { RepoRef } from '../github/types.js';
import { WriteGate } from '../github/write-gate.js';
import { COMMENT_MARKER, renderComment } from '../report/render-comment.js';
import { errorStatus } from '../report/render-status.js';
import { renderSweepSummary } from '../report/render-sweep-summary.js';
import { renderSummary } from '../report/render-summary.js';
import type { RoutingDecision } from '../routing/types.js';
import { blobLineLink } from '../report/line-links.js';
import { findingAnnotations, heldFileAnnotations, MAX_ERROR_ANNOTATIONS } from './annotations.js';
import { applyDecision, RestartRun, type ApplyOptions, type ApplyResult } from './apply-decision.js';
import { planEvent } from './event.js';
import { routeMergeGroup } from './route-merge-group.js';
import { runSweep, type SweepPlan, type SweepReport } from './sweep.js';
import { applyNotes } from './notes.js';
import { actionOutputs } from './outputs.js';
import { configPath } from '../github/read-policy-at-commit.js';
import { routePullRequest, type RouteLog } from './route-pull-request.js';
import { stepResult } from './step-result.js';
import { syncGateStatus } from './sync-gate-status.js';

/** The inputs of action.yml, read and checked. */
interface Inputs extends Omit<ApplyOptions, 'dryRun'> {
  token: string;
  config: string;
  maxReviewers: number;
  dryRun: boolean;
  /** Most open PRs one sweep re-decides. */
  sweepLimit: number;
}

/** A run that found our status changed by another run starts over this many times at most, then proceeds. */
const MAX_ATTEMPTS = 3;

/** Routing's log: warnings about the policy are annotated on the line they concern. */
const log: RouteLog = {
  info: (message) => core.info(message),
  warning: (message, at) =>
    at
      ? core.warning(formatSourceError(at), { file: at.file, startLine: at.line, startColumn: at.col })
      : core.warning(message),
};

/** What the failure path needs to leave an `error` status: known as soon as the run knows it. */
interface StatusTarget {
  client?: GitHubClient;
  repo?: RepoRef;
  /** The inputs that say whether and how to write it (read before any other input can fail). */
  inputs?: Pick<Inputs, 'status' | 'statusContext' | 'dryRun'>;
  /** The commit the status goes on: the event's head, then the head read fresh. */
  sha?: string;
}

/** Runs the action; never throws: every failure becomes a failed step naming its cause, and an `error` status. */
export async function run(): Promise<void> {
  const target: StatusTarget = {};
  try {
    await evaluate(target);
  } catch (error) {
    await reportFailure(error, target);
  }
}

async function evaluate(target: StatusTarget): Promise<void> {
  const plan = planEvent(github.context.eventName, github.context.payload);
  if (plan.kind === 'skip') {
    core.notice(plan.message);
    return;
  }
  if (plan.kind === 'sweep' || plan.kind === 'relay') {
    // No head to leave an `error` status on: each swept PR gets its own, and the step names the failure.
    await sweep(plan);
    return;
  }
  target.sha = plan.headSha;
  // The token and the status inputs first: a mistake in any other input must still leave an error status.
  const token = readToken();
  const repo: RepoRef = github.context.repo;
  const client = createGitHubClient(token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    log: (message) => core.warning(message),
  });
  Object.assign(target, { client, repo, inputs: readStatusInputs() });
  const inputs = { ...readInputs(), token };
  if (plan.kind === 'merge-group') {
    core.info(`Routing the merge group ${plan.headSha} (${plan.baseSha}…${plan.headSha}) on ${plan.trigger}.`);
    const group = await routeMergeGroup(
      client,
      repo,
      plan,
      { ...inputs, workspace: process.env.GITHUB_WORKSPACE },
      log,
    );
    await finish(group.decision, group.applied, inputs, {
      policyCommit: plan.baseSha,
      notes: group.notes,
      timings: group.timings,
      headSha: plan.headSha,
    });
    return;
  }
  core.info(`Routing pull request #${plan.number} on ${plan.trigger}.`);
  const settings = {
    ...inputs,
    workspace: process.env.GITHUB_WORKSPACE,
    statusContext: inputs.status ? inputs.statusContext : null,
    comments: inputs.comment,
  };
  for (let attempt = 1; ; attempt++) {
    const routed = await routePullRequest(client, repo, plan.number, settings, log, (pr) => (target.sha = pr.headSha));
    if (routed === null) {
      core.notice(`Pull request #${plan.number} is closed: nothing to route.`);
      return;
    }
    const { facts, decision, notes, timings } = routed;
    const started = Date.now();
    let applied: ApplyResult;
    try {
      applied = await applyDecision(
        { client, repo, facts, log: { info: (m) => core.info(m), warning: (m) => core.warning(m) } },
        decision,
        {
          marker: COMMENT_MARKER,
          render: (notRequested) =>
            renderComment(decision, {
              marker: COMMENT_MARKER,
              notRequested,
              lineLink: blobLineLink(github.context.serverUrl, repo, facts.pr.headSha),
            }),
        },
        { ...inputs, restartOnConflict: attempt < MAX_ATTEMPTS },
      );
    } catch (error) {
      if (!(error instanceof RestartRun)) throw error;
      core.info(`${error.message} Reading the pull request again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
      continue;
    }
    timings.apply = Date.now() - started;
    await finish(decision, applied, inputs, {
      policyCommit: facts.policyCommit,
      notes,
      timings,
      headSha: facts.pr.headSha,
    });
    return;
  }
}

/** Outputs, notes, the job summary, annotations, and the step's result (docs/GATE.md, "The step result"). */
async function finish(
  decision: RoutingDecision,
  applied: ApplyResult | null,
  inputs: Inputs,
  report: { policyCommit: string; notes: string[]; timings: Record<string, number>; headSha: string },
): Promise<void> {
  // The outputs are the decision, whatever applying it achieved.
  for (const [name, value] of Object.entries(actionOutputs(decision))) core.setOutput(name, value);
  const notes = [...report.notes];
  if (applied !== null) {
    for (const note of applyNotes(applied)) {
      if (note.warn) core.warning(note.text);
      else core.info(note.text);
      notes.push(note.text);
    }
  }
  await core.summary
    .addRaw(
      renderSummary(decision, {
        policyCommit: report.policyCommit,
        policyFile: inputs.config,
        timings: report.timings,
        notes,
        notRequested: applied?.notRequested ?? 'everyone',
        lineLink: blobLineLink(github.context.serverUrl, github.context.repo, report.headSha),
      }),
    )
    .write();

  const gate = applied?.gate;
  const statusCarried =
    inputs.dryRun ||
    gate?.superseded != null ||
    applied?.status.result === 'written' ||
    applied?.status.result === 'unchanged';
  const step = stepResult({
    event: github.context.eventName,
    blocked: decision.blocked,
    block: inputs.block,
    status: inputs.status,
    statusCarried,
  });
  // GitHub shows 10 error annotations per step: keep one for the failure message itself.
  const held = heldFileAnnotations(decision, MAX_ERROR_ANNOTATIONS - (step.fail ? 1 : 0));
  for (const annotation of held) {
    core.error(annotation.message, { title: annotation.title, ...(annotation.file ? { file: annotation.file } : {}) });
  }
  const room = MAX_ERROR_ANNOTATIONS - (step.fail ? 1 : 0) - held.length;
  for (const annotation of findingAnnotations(decision, room)) {
    const where = { title: annotation.title, file: annotation.file, startLine: annotation.line };
    if (annotation.level === 'error') core.error(annotation.message, where);
    else core.warning(annotation.message, where);
  }
  if (inputs.status && !statusCarried && !decision.blocked) {
    core.warning(
      `The ${inputs.statusContext} status could not be written: while it is missing, a branch that requires it ` +
        'cannot merge this pull request.',
    );
  }
  core.info(`Verdict: ${decision.verdict}.`);
  if (step.fail && step.why === 'blocked') core.setFailed(blockedMessage(decision));
  else if (step.fail) {
    core.setFailed(
      `${blockedMessage(decision)} The ${inputs.statusContext} status could not be written, so the step's result ` +
        'carries the block (give the workflow statuses: write).',
    );
  } else if (decision.blocked && !inputs.block) core.warning(`${blockedMessage(decision)} Not failing: block is off.`);
  else if (step.note) core.info(step.note);
}

/**
 * The sweep and the relay (docs/GATE.md, "The sweep", "The relay"): many PRs re-decided, each written only
 * where it changed. The status carries each PR's block, so the step fails only when the run itself failed: a
 * branch's policy could not be read, or a PR's status could not be written (then nothing carries its block).
 * Stopping for the rate limit is no failure: the next sweep goes on.
 */
async function sweep(plan: SweepPlan): Promise<void> {
  const inputs = { ...readInputs(), token: readToken() };
  const repo: RepoRef = github.context.repo;
  const client = createGitHubClient(inputs.token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    log: (message) => core.warning(message),
  });
  const limits = watchRateLimits(client);
  const { serverUrl, runId } = github.context;
  core.info(`Sweeping on ${plan.trigger}.`);
  const report = await runSweep(
    {
      client,
      repo,
      settings: { ...inputs, workspace: process.env.GITHUB_WORKSPACE },
      log: {
        info: (message) => core.info(message),
        warning: (message: string, at?: SourceError) =>
          at
            ? core.warning(formatSourceError(at), { file: at.file, startLine: at.line, startColumn: at.col })
            : core.warning(message),
      },
      limits,
      runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`,
      serverUrl,
    },
    plan,
  );
  core.setOutput('swept', JSON.stringify(sweptOutput(report)));
  await core.summary.addRaw(renderSweepSummary(report, { dryRun: inputs.dryRun })).write();
  if (report.skipped !== null) {
    core.notice(report.skipped);
    return;
  }
  const updated = report.outcomes.filter((o) => o.result === 'updated').length;
  core.info(`Re-decided ${report.outcomes.length} of ${report.open} open pull requests; ${updated} updated.`);
  if (report.stopped !== null) {
    const where = report.stopped.before === null ? 'before the next page' : `before #${report.stopped.before}`;
    core.notice(
      `Stopped ${where}: ${report.stopped.reason}. The next sweep starts over and goes on from here: the ` +
        `${report.outcomes.length} pull requests decided so far show their decision and cost it no write.`,
    );
  }
  const failures: string[] = report.policyErrors.map((error) => `The policy could not be read: ${error}`);
  for (const outcome of report.outcomes) {
    const step = stepResult({
      event: github.context.eventName,
      blocked: outcome.blocked || (outcome.result === 'error' && inputs.block),
      block: inputs.block,
      status: inputs.status,
      statusCarried: outcome.statusCarried,
    });
    if (step.fail) {
      failures.push(
        step.why === 'blocked'
          ? `#${outcome.number} is blocked (status is off, so the step carries the block).`
          : `#${outcome.number}: the ${inputs.statusContext} status could not be written (give the workflow statuses: write).`,
      );
    }
  }
  if (failures.length > 0) core.setFailed(failures.join('\n'));
}

/** The `swept` output: what the sweep did, as JSON (numbers only: no text from the PRs). */
function sweptOutput(report: SweepReport): Record<string, unknown> {
  const numbers = (result: string) => report.outcomes.filter((o) => o.result === result).map((o) => o.number);
  return {
    open: report.open,
    decided: report.outcomes.length,
    updated: numbers('updated'),
    errors: numbers('error'),
    blocked: report.outcomes.filter((o) => o.blocked).map((o) => o.number),
    stoppedBefore: report.stopped?.before ?? null,
    stopped: report.stopped !== null,
    limited: report.limited,
  };
}

/** The failure message: which subsystems hold the PR, over how many files, and whose approval lifts each. */
function blockedMessage(decision: RoutingDecision): string {
  const standing = decision.holds.filter((hold) => hold.liftedBy.length === 0);
  const holds = standing.map((hold) => {
    const why = hold.stance === 'opt-out' ? 'opted out of Rust' : 'has not acked Rust';
    const who = hold.canLift.length > 0 ? hold.canLift.join(', ') : 'no maintainer listed';
    const files = `${hold.files.length} file${hold.files.length === 1 ? '' : 's'}`;
    return `${hold.subsystem} ${why} (${files}; an approving review by ${who} lifts it)`;
  });
  return `${decision.verdict === 'needs-ack' ? 'Needs ack' : 'Blocked'}: ${holds.join('; ')}.`;
}

/** An empty input takes action.yml's default (the runner always passes them; a local `node dist/index.js` may not). */
function flag(name: string, fallback: boolean): boolean {
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
}

function readToken(): string {
  const token = core.getInput('token');
  if (token === '') {
    throw new Error(
      'Input token is empty: pass a token with contents: read, pull-requests: write, issues: write, statuses: write.',
    );
  }
  return token;
}

/** Whether and how to write the status; a malformed flag here falls back to its default, to still report. */
function readStatusInputs(): Pick<Inputs, 'status' | 'statusContext' | 'dryRun'> {
  const lenient = (name: string, fallback: boolean): boolean => {
    try {
      return flag(name, fallback);
    } catch {
      return fallback;
    }
  };
  return {
    status: lenient('status', true),
    statusContext: core.getInput('status-context').trim() || 'rust-patch-router',
    dryRun: lenient('dry-run', false),
  };
}

/** Reads action.yml's inputs but the token, and checks them. */
function readInputs(): Omit<Inputs, 'token'> {
  const sweepLimit = core.getInput('sweep-limit') || '500';
  if (!/^\d+$/.test(sweepLimit.trim()) || Number(sweepLimit.trim()) < 1) {
    throw new Error(`Input sweep-limit must be a whole number of 1 or more, got "${sweepLimit}".`);
  }
  const maxText = core.getInput('max-reviewers') || '10';
  if (!/^\d+$/.test(maxText.trim())) {
    throw new Error(`Input max-reviewers must be a whole number of 0 or more, got "${maxText}".`);
  }
  return {
    config: configPath(core.getInput('config')),
    labels: flag('labels', true),
    syncLabels: flag('sync-labels', true),
    requestReviews: flag('request-reviews', true),
    maxReviewers: Number(maxText.trim()),
    comment: flag('comment', true),
    block: flag('block', true),
    dryRun: flag('dry-run', false),
    status: flag('status', true),
    statusContext: core.getInput('status-context').trim() || 'rust-patch-router',
    commentAuthor: core.getInput('comment-author').trim() || 'github-actions[bot]',
    sweepLimit: Number(sweepLimit.trim()),
  };
}

/**
 * A config error annotates its line and fails with `file:line:col: message`; a missing policy names path and
 * commit (it has no line to point at); anything else names its cause. The summary says the same, and the
 * status on the head becomes `error` (docs/GATE.md, "Errors"): every fail-closed path writes it.
 */
async function reportFailure(error: unknown, target: StatusTarget): Promise<void> {
  const message = error instanceof InputError ? describeInputErrors(error.errors) : describe(error);
  core.setFailed(message);
  await writeErrorStatus(message, target);
  try {
    // A fence longer than any backtick run in the message, so nothing in it can close the block.
    const fence = '`'.repeat(Math.max(3, ...[...message.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    await core.summary.addRaw(`## rust-patch-router\n\n### ❌ Failed\n\n${fence}text\n${message}\n${fence}\n`).write();
  } catch {
    // No GITHUB_STEP_SUMMARY (a local run): the failure is already in the log.
  }
}

/** Leaves `error` on the head (unless it already says so), linking to this run's log; a failure here is logged. */
async function writeErrorStatus(message: string, target: StatusTarget): Promise<void> {
  const { client, repo, inputs, sha } = target;
  if (!client || !repo || !inputs || !sha || !inputs.status || inputs.dryRun) return;
  const status = errorStatus(message);
  try {
    const latest = await getCommitStatus(client, repo, sha, inputs.statusContext);
    const { serverUrl, runId } = github.context;
    const targetUrl = `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`;
    // A gate of its own: whatever failed before, this one write is still worth trying.
    const gate = new WriteGate({ dryRun: false, warn: (m) => core.warning(m), info: (m) => core.info(m) });
    const outcome = await syncGateStatus(
      { client, repo, sha, context: inputs.statusContext, targetUrl },
      status,
      latest,
      gate,
    );
    if (outcome.result === 'written') core.info(`Set commit status error on ${sha.slice(0, 7)}: ${status.description}`);
  } catch (statusError) {
    core.warning(`Could not set the ${inputs.statusContext} status to error on ${sha}: ${describe(statusError)}`);
  }
}

function describeInputErrors(errors: readonly SourceError[]): string {
  const lines: string[] = [];
  let annotated = 0;
  for (const problem of errors) {
    if (problem.code === 'CONFIG_MISSING') {
      lines.push(
        `${problem.message} (the policy is read at the pull request's base commit: commit it there, or set the config input)`,
      );
      continue;
    }
    // GitHub shows 10 error annotations per step; the last is the failure, which lists every problem.
    if (annotated++ < MAX_ERROR_ANNOTATIONS - 1) {
      core.error(problem.message, {
        title: problem.code,
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.col,
      });
    }
    lines.push(formatSourceError(problem));
  }
  return lines.join('\n');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

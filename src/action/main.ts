/**
 * The action: reads the event and inputs, routes the PR by the policy at its base commit, applies the
 * decision and reports it. The only file that touches @actions/core and github.context; everything it calls
 * takes plain data or the client.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { InputError, formatSourceError, type SourceError } from '../errors.js';
import { createGitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';
import { WriteGate } from '../github/write-gate.js';
import { COMMENT_MARKER, renderComment } from '../report/render-comment.js';
import { renderSummary } from '../report/render-summary.js';
import type { RoutingDecision } from '../routing/types.js';
import { heldFileAnnotations, MAX_ERROR_ANNOTATIONS } from './annotations.js';
import { applyDecision, type ApplyOptions } from './apply-decision.js';
import { planEvent } from './event.js';
import { applyNotes } from './notes.js';
import { actionOutputs } from './outputs.js';
import { configPath } from '../github/read-policy-at-commit.js';
import { routePullRequest, type RouteLog } from './route-pull-request.js';

/** The inputs of action.yml, read and checked. */
interface Inputs extends ApplyOptions {
  token: string;
  config: string;
  maxReviewers: number;
  block: boolean;
  dryRun: boolean;
}

/** Routing's log: warnings about the policy are annotated on the line they concern. */
const log: RouteLog = {
  info: (message) => core.info(message),
  warning: (message, at) =>
    at
      ? core.warning(formatSourceError(at), { file: at.file, startLine: at.line, startColumn: at.col })
      : core.warning(message),
};

/** Runs the action; never throws: every failure becomes a failed step naming its cause. */
export async function run(): Promise<void> {
  try {
    await evaluate();
  } catch (error) {
    await reportFailure(error);
  }
}

async function evaluate(): Promise<void> {
  const plan = planEvent(github.context.eventName, github.context.payload);
  if (plan.kind === 'skip') {
    core.notice(plan.message);
    return;
  }
  const inputs = readInputs();
  const repo: RepoRef = github.context.repo;
  const client = createGitHubClient(inputs.token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    log: (message) => core.warning(message),
  });
  core.info(`Routing pull request #${plan.number} on ${plan.trigger}.`);
  const settings = { ...inputs, workspace: process.env.GITHUB_WORKSPACE };
  const routed = await routePullRequest(client, repo, plan.number, settings, log);
  if (routed === null) {
    core.notice(`Pull request #${plan.number} is closed: nothing to route.`);
    return;
  }
  const { pr, policy, decision, notes, timings } = routed;
  // The outputs are the decision, whatever applying it achieves.
  for (const [name, value] of Object.entries(actionOutputs(decision))) core.setOutput(name, value);

  const gate = new WriteGate({ dryRun: inputs.dryRun, warn: (m) => core.warning(m), info: (m) => core.info(m) });
  const started = Date.now();
  const applied = await applyDecision(
    { client, repo, pr, policy, reviewed: routed.reviewed, gate },
    decision,
    {
      marker: COMMENT_MARKER,
      render: (notRequested) => renderComment(decision, { marker: COMMENT_MARKER, notRequested }),
    },
    inputs,
  );
  timings.apply = Date.now() - started;
  for (const note of applyNotes(applied, gate)) {
    if (note.warn) core.warning(note.text);
    else core.info(note.text);
    notes.push(note.text);
  }

  await core.summary
    .addRaw(
      renderSummary(decision, {
        policyCommit: pr.baseSha,
        policyFile: inputs.config,
        timings,
        notes,
        notRequested: applied.notRequested,
      }),
    )
    .write();
  const failing = decision.blocked && inputs.block;
  // GitHub shows 10 error annotations per step: keep one for the failure message itself.
  for (const annotation of heldFileAnnotations(decision, MAX_ERROR_ANNOTATIONS - (failing ? 1 : 0))) {
    core.error(annotation.message, { title: annotation.title, ...(annotation.file ? { file: annotation.file } : {}) });
  }
  core.info(`Verdict: ${decision.verdict}.`);
  if (failing) core.setFailed(blockedMessage(decision));
  else if (decision.blocked) core.warning(`${blockedMessage(decision)} Not failing: block is off.`);
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

/**
 * Reads action.yml's inputs. An empty input takes action.yml's default (the runner always passes them; a
 * local `node dist/index.js` may not).
 */
function readInputs(): Inputs {
  const flag = (name: string, fallback: boolean): boolean =>
    core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
  const token = core.getInput('token');
  if (token === '') {
    throw new Error('Input token is empty: pass a token with contents: read, pull-requests: write, issues: write.');
  }
  const maxText = core.getInput('max-reviewers') || '10';
  if (!/^\d+$/.test(maxText.trim())) {
    throw new Error(`Input max-reviewers must be a whole number of 0 or more, got "${maxText}".`);
  }
  return {
    token,
    config: configPath(core.getInput('config')),
    labels: flag('labels', true),
    syncLabels: flag('sync-labels', true),
    requestReviews: flag('request-reviews', true),
    maxReviewers: Number(maxText.trim()),
    comment: flag('comment', true),
    block: flag('block', true),
    dryRun: flag('dry-run', false),
  };
}

/**
 * A config error annotates its line and fails with `file:line:col: message`; a missing policy names path and
 * commit (it has no line to point at); anything else names its cause. The summary says the same.
 */
async function reportFailure(error: unknown): Promise<void> {
  const message = error instanceof InputError ? describeInputErrors(error.errors) : describe(error);
  core.setFailed(message);
  try {
    // A fence longer than any backtick run in the message, so nothing in it can close the block.
    const fence = '`'.repeat(Math.max(3, ...[...message.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    await core.summary.addRaw(`## rust-patch-router\n\n### ❌ Failed\n\n${fence}text\n${message}\n${fence}\n`).write();
  } catch {
    // No GITHUB_STEP_SUMMARY (a local run): the failure is already in the log.
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

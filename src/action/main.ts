/**
 * The action: reads the event and inputs, routes the PR by the policy at its base commit, applies the
 * decision and reports it. The only file that touches @actions/core and github.context; everything it
 * calls takes plain data or the client.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { InputError, formatSourceError, type SourceError } from '../errors.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { getPullRequest } from '../github/get-pull-request.js';
import { listReviews } from '../github/list-reviews.js';
import type { PullRequest, RepoRef } from '../github/types.js';
import { WriteGate } from '../github/write-gate.js';
import type { Policy } from '../model.js';
import { COMMENT_MARKER, renderComment } from '../report/render-comment.js';
import { renderSummary } from '../report/render-summary.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { diffPolicies } from '../routing/policy-changes.js';
import { routeChanges } from '../routing/route.js';
import type { RoutingDecision, StanceChange } from '../routing/types.js';
import { heldFileAnnotations } from './annotations.js';
import { applyDecision, type ApplyOptions } from './apply-decision.js';
import { planEvent } from './event.js';
import { applyNotes } from './notes.js';
import { actionOutputs } from './outputs.js';
import { readPullChanges } from './read-changes.js';
import { configPath, readPolicyAtCommit } from './read-policy.js';
import { resolveDirectories } from './resolve-directories.js';

/** The inputs of action.yml, read and checked. */
interface Inputs extends ApplyOptions {
  token: string;
  config: string;
  maxReviewers: number;
  block: boolean;
  dryRun: boolean;
}

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
  const timings: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - started;
    }
  };
  const client = createGitHubClient(inputs.token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    log: (message) => core.warning(message),
  });
  core.info(`Routing pull request #${plan.number} on ${plan.trigger}.`);

  const pr = await timed('read pull request', () => getPullRequest(client, repo, plan.number));
  if (pr.state === 'closed') {
    core.notice(`Pull request #${pr.number} is closed: nothing to route.`);
    return;
  }
  const basePolicy = await timed('read policy', () => readPolicyAtCommit(client, repo, inputs.config, pr.baseSha));
  annotateWarnings(basePolicy.warnings);
  if (basePolicy.value === null) throw new InputError(basePolicy.errors);
  const policy = basePolicy.value;
  core.info(`Policy: ${inputs.config} at base commit ${pr.baseSha} (${policy.subsystems.length} subsystems).`);

  const read = await timed('list changed files', () => readPullChanges(client, repo, pr, process.env.GITHUB_WORKSPACE));
  const notes: string[] = [];
  if (!read.complete) {
    if (inputs.block) {
      throw new Error(`${read.reason} Failing closed: an incomplete file list cannot prove the PR is not blocked.`);
    }
    core.warning(`${read.reason} Routing the files listed only, since block is off.`);
    notes.push(`Routed only the ${read.changes.files.length} files GitHub listed: ${read.reason}`);
  } else if (read.source === 'git') {
    core.info(`GitHub listed fewer files than the PR changes; took all ${read.changes.files.length} from git.`);
  }
  const paths = read.changes.files.flatMap((file) =>
    file.previousPath ? [file.path, file.previousPath] : [file.path],
  );

  const directories = await timed('look up directories', () =>
    resolveDirectories(client, repo, pr.baseSha, policy.subsystems, paths),
  );
  if (directories.unresolved.length > 0) {
    const message = `Not looked up (too many), taken as file prefixes: ${directories.unresolved.join(', ')}.`;
    core.warning(message);
    notes.push(message);
  }
  const compiled = compilePolicy(policy, { isDirectory: directories.isDirectory });
  annotateWarnings(compiled.warnings);
  if (compiled.errors.length > 0) throw new InputError(compiled.errors);

  const reviews = await timed('list reviews', () => listReviews(client, repo, pr.number));
  const started = Date.now();
  const decision = routeChanges(read.changes, compiled.value, {
    author: pr.author,
    approvedBy: reviews.approvedBy,
    maxReviewers: inputs.maxReviewers,
  });
  timings.route = Date.now() - started;
  const proposed = await timed('read proposed policy', () =>
    proposedChanges(client, repo, pr, inputs.config, policy, paths),
  );
  if (proposed.changes !== undefined) decision.policyChanges = proposed.changes;
  notes.push(...proposed.notes);

  for (const [name, value] of Object.entries(actionOutputs(decision))) core.setOutput(name, value);

  const gate = new WriteGate({ dryRun: inputs.dryRun, warn: (m) => core.warning(m), info: (m) => core.info(m) });
  const applied = await timed('apply', () =>
    applyDecision(
      { client, repo, pr, policy, reviewed: reviews.reviewed, gate },
      decision,
      { marker: COMMENT_MARKER, body: renderComment(decision, { marker: COMMENT_MARKER }) },
      inputs,
    ),
  );
  for (const note of applyNotes(applied, gate)) {
    if (note.warn) core.warning(note.text);
    else core.info(note.text);
    notes.push(note.text);
  }

  await core.summary
    .addRaw(renderSummary(decision, { policyCommit: pr.baseSha, policyFile: inputs.config, timings, notes }))
    .write();
  for (const annotation of heldFileAnnotations(decision)) {
    core.error(annotation.message, { title: annotation.title, ...(annotation.file ? { file: annotation.file } : {}) });
  }
  core.info(`Verdict: ${decision.verdict}.`);
  if (decision.blocked && inputs.block) {
    core.setFailed(blockedMessage(decision));
  } else if (decision.blocked) {
    core.warning(`${blockedMessage(decision)} Not failing: block is off.`);
  }
}

/**
 * When the PR edits the policy files, what their head versions would change: read at head only to describe
 * them, never to route.
 */
async function proposedChanges(
  client: GitHubClient,
  repo: RepoRef,
  pr: PullRequest,
  config: string,
  base: Policy,
  paths: readonly string[],
): Promise<{ changes?: StanceChange[]; notes: string[] }> {
  const sources = new Set([config, ...base.sources]);
  const edited = paths.filter((path) => sources.has(path));
  if (edited.length === 0) return { notes: [] };
  const routedBy = `This PR edits ${[...new Set(edited)].join(', ')}; it is routed by the base policy.`;
  try {
    const head = await readPolicyAtCommit(client, repo, config, pr.headSha);
    if (head.value === null) {
      const errors = head.errors.slice(0, 5).map(formatSourceError).join('; ');
      return { notes: [`${routedBy} The proposed policy does not validate: ${errors}`] };
    }
    return { changes: diffPolicies(base, head.value), notes: [routedBy] };
  } catch (error) {
    if (error instanceof InputError) return { notes: [`${routedBy} The proposed policy: ${error.message}`] };
    throw error;
  }
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

function annotateWarnings(warnings: readonly SourceError[]): void {
  for (const warning of warnings) {
    core.warning(formatSourceError(warning), { file: warning.file, startLine: warning.line, startColumn: warning.col });
  }
}

/**
 * A config error annotates its line and fails with `file:line:col: message`; a missing policy names path and
 * commit (it has no line to point at); anything else names its cause.
 */
async function reportFailure(error: unknown): Promise<void> {
  let message: string;
  if (error instanceof InputError) {
    const lines: string[] = [];
    for (const problem of error.errors) {
      if (problem.code === 'CONFIG_MISSING') {
        lines.push(
          `${problem.message} (the policy is read at the pull request's base commit: commit it there, or set the config input)`,
        );
        continue;
      }
      core.error(problem.message, {
        title: problem.code,
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.col,
      });
      lines.push(formatSourceError(problem));
    }
    message = lines.join('\n');
  } else {
    message = error instanceof Error ? error.message : String(error);
  }
  core.setFailed(message);
  try {
    // A fence longer than any backtick run in the message, so nothing in it can close the block.
    const fence = '`'.repeat(Math.max(3, ...[...message.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    await core.summary.addRaw(`## rust-patch-router\n\n### ❌ Failed\n\n${fence}text\n${message}\n${fence}\n`).write();
  } catch {
    // No GITHUB_STEP_SUMMARY (a local run): the failure is already in the log.
  }
}

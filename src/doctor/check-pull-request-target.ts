/**
 * Check `pull-request-target-checkout`: under `pull_request_target` a job holds a token that can write, for
 * every PR, forks included. A job that checks out the PR's code there and runs anything from it hands that
 * token to the PR's author, who can then write the gate's status themselves. rust-patch-router reads the
 * policy through the API at the base commit and needs no checkout, with one exception: a PR over GitHub's
 * 3,000-file API limit needs a git checkout of both commits (docs/GATE.md, "Big pull requests"), which must
 * not keep credentials and must not be followed by anything that could run its content.
 */
import { isRouterAction } from './router-steps.js';
import type { Finding } from './types.js';
import type { Workflow, WorkflowJob, WorkflowStep } from './workflow.js';

/** Text that names the PR's code (its head or merge commit, branch or repository) in a checkout input. */
const PR_CODE =
  /github\.event\.pull_request\.head\.|github\.head_ref|refs\/pull\/|merge_commit_sha|github\.event\.(?:pull_request\.)?number/;

/** A `run:` that fetches or checks out the PR's commits. */
const RUN_FETCHES_PR =
  /gh\s+pr\s+(?:checkout|diff\s+--patch)|git\s+(?:fetch|checkout|pull|switch|worktree)\b[^\n]*(?:refs\/pull\/|pull\/\S*\/(?:head|merge)|GITHUB_HEAD_REF|github\.head_ref|pull_request\.head\.)/;

/** A `run:` that interpolates fields of the PR's head (its branch name is the author's text). */
const RUN_INTERPOLATES_HEAD = /\$\{\{[^}]*(?:github\.event\.pull_request\.head\.|github\.head_ref)[^}]*\}\}/;

const EXPLANATION =
  'rust-patch-router needs no checkout: it reads the policy through the API at the base commit. The one ' +
  'exception is a PR over 3,000 files, which needs a git checkout of refs/pull/N/merge with fetch-depth: 0 and ' +
  'persist-credentials: false, followed by nothing but the rust-patch-router step (never run anything from it).';

export function checkPullRequestTarget(workflows: readonly Workflow[], repository: string): Finding[] {
  const findings: Finding[] = [];
  for (const workflow of workflows.filter((w) => Object.hasOwn(w.on, 'pull_request_target'))) {
    const runsRouter = workflow.jobs.some((job) => job.steps.some((step) => isRouter(step, repository)));
    for (const job of workflow.jobs) findings.push(...checkJob(workflow, job, runsRouter, repository));
  }
  return findings;
}

function checkJob(workflow: Workflow, job: WorkflowJob, runsRouter: boolean, repository: string): Finding[] {
  const findings: Finding[] = [];
  const file = job.file ?? workflow.path;
  const severity = runsRouter ? 'error' : 'warning';
  const where = runsRouter
    ? ''
    : ' This workflow does not run rust-patch-router, but the PR code gets its token: with statuses: write it ' +
      "could set the gate's status itself.";
  const report = (step: WorkflowStep, message: string, fix = EXPLANATION) =>
    findings.push({
      check: 'pull-request-target-checkout',
      severity,
      message: `Job '${job.id}' ${message}${where}`,
      fix,
      file,
      line: step.line,
    });

  const jobRunsRouter = job.steps.some((step) => isRouter(step, repository));
  for (const step of job.steps) {
    if (isCheckout(step) && PR_CODE.test(`${step.with.ref ?? ''} ${step.with.repository ?? ''}`)) {
      const after = job.steps.slice(step.index + 1).filter((later) => !isRouter(later, repository));
      const keepsCredentials = step.with['persist-credentials']?.trim().toLowerCase() !== 'false';
      if (!jobRunsRouter) {
        report(step, "checks out the PR's code under pull_request_target.");
        continue;
      }
      if (keepsCredentials) {
        report(
          step,
          "checks out the PR's code under pull_request_target and leaves the token in .git/config " +
            '(persist-credentials is not false).',
          `Add \`persist-credentials: false\` to this checkout. ${EXPLANATION}`,
        );
      }
      if (after.length > 0) {
        const names = after.map(
          (later) => `'${later.name ?? later.uses ?? later.run?.split('\n')[0] ?? `#${later.index + 1}`}'`,
        );
        report(
          step,
          `checks out the PR's code under pull_request_target and then runs ${names.join(', ')} next to it.`,
          `Move ${after.length === 1 ? 'that step' : 'those steps'} to a job without the PR's code. ${EXPLANATION}`,
        );
      }
    } else if (step.run !== undefined && RUN_FETCHES_PR.test(step.run)) {
      report(step, "fetches the PR's code in a `run:` step under pull_request_target.");
    } else if (step.run !== undefined && RUN_INTERPOLATES_HEAD.test(step.run)) {
      report(
        step,
        "puts the PR head's fields (`github.event.pull_request.head.*` / `github.head_ref`) into a `run:` script " +
          "under pull_request_target: the branch name is the PR author's text, run as shell.",
        'Pass the value through `env:` and quote it ("$HEAD_REF"); never interpolate `${{ }}` into `run:`.',
      );
    }
  }
  return findings;
}

function isCheckout(step: WorkflowStep): boolean {
  return step.uses !== undefined && /^actions\/checkout@/i.test(step.uses);
}

function isRouter(step: WorkflowStep, repository: string): boolean {
  return step.uses !== undefined && isRouterAction(step.uses, repository);
}

/**
 * Check `concurrency`: runs of one PR must not overlap, or an older run can finish last and undo a newer
 * decision (docs/GATE.md, "Races and stale runs"). The README's workflows put each PR in its own
 * `concurrency` group. The group must be per PR: under pull_request_target `github.ref` is the base branch,
 * so a group built on it puts every PR in one group, where GitHub cancels all but the newest pending run —
 * other PRs' runs included.
 */
import { hasTrigger, jobLocation, type RouterStep } from './router-steps.js';
import type { Finding } from './types.js';
import type { ConcurrencySpec, Workflow } from './workflow.js';

/** Expressions that differ between PRs on every PR event. */
const PER_PR = /github\.event\.pull_request\.(?:number|id|node_id|html_url|url)|github\.event\.number/;
/** Per PR under pull_request / pull_request_review (refs/pull/N/merge), the base branch under pull_request_target. */
const GITHUB_REF = /github\.ref\b(?!_)/;
const HEAD_REF = /github\.head_ref/;
/** Expressions that still differ between runs of events without a pull request. */
const NON_PR_FALLBACK = /github\.ref\b(?!_)|github\.run_id|github\.sha|merge_group|github\.event\.workflow_run|\|\|/;

const REVIEW_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];
/** Events in a PR workflow with no pull request in the payload. */
const NON_PR_EVENTS = ['merge_group', 'push', 'schedule', 'workflow_dispatch', 'workflow_run'];

const FIX =
  'Add to the workflow (or the job): `concurrency: { group: rust-patch-router-${{ github.event.pull_request.number || github.ref }}, cancel-in-progress: false }`.';

export function checkConcurrency(steps: readonly RouterStep[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { workflow, job } of steps) {
    if (!REVIEW_EVENTS.some((event) => hasTrigger(workflow, event))) continue;
    const key = `${workflow.path}#${job.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const spec = job.concurrency ?? workflow.concurrency;
    const location = spec
      ? { file: job.concurrency ? (job.file ?? workflow.path) : workflow.path, line: spec.line }
      : jobLocation(workflow, job);
    const problem = spec ? groupProblem(spec, workflow) : undefined;
    if (!spec) {
      findings.push({
        check: 'concurrency',
        severity: 'warning',
        message:
          `Job '${job.id}' has no concurrency group: two runs of one PR (a push and a review) can overlap, and the ` +
          'older one, finishing last, can leave labels or the comment of an outdated decision.',
        fix: FIX,
        ...location,
      });
    } else if (problem) {
      findings.push({ check: 'concurrency', ...problem, fix: FIX, ...location });
    }
  }
  return findings;
}

function groupProblem(
  spec: ConcurrencySpec,
  workflow: Workflow,
): { severity: 'error' | 'warning'; message: string } | undefined {
  const { group } = spec;
  const target = hasTrigger(workflow, 'pull_request_target');
  const perPr = PER_PR.test(group) || (GITHUB_REF.test(group) && !target);
  if (!perPr) {
    if (target && GITHUB_REF.test(group)) {
      return {
        severity: 'error',
        message:
          `The concurrency group '${group}' uses github.ref, which under pull_request_target is the base branch: ` +
          "every PR shares one group, and GitHub cancels all but the newest pending run — other PRs' runs included.",
      };
    }
    if (HEAD_REF.test(group)) {
      return {
        severity: 'warning',
        message:
          `The concurrency group '${group}' is per head branch name, not per PR: two forks' PRs from branches ` +
          "with the same name (main, patch-1) share a group and cancel each other's pending runs.",
      };
    }
    return {
      severity: 'error',
      message:
        `The concurrency group '${group}' is the same for every PR: GitHub cancels all but the newest pending ` +
        "run of a group, so PRs lose each other's runs.",
    };
  }
  const nonPr = NON_PR_EVENTS.filter((event) => hasTrigger(workflow, event));
  if (nonPr.length > 0 && !NON_PR_FALLBACK.test(group.replace(PER_PR, ''))) {
    return {
      severity: 'warning',
      message:
        `The concurrency group '${group}' is empty of a PR number on ${nonPr.join(', ')}: every such run shares ` +
        'one group and pending ones are cancelled (a merge queue then waits for a status that was cancelled).',
    };
  }
  return undefined;
}

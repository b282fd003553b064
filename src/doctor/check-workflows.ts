/**
 * Check `workflow`: some enabled workflow runs rust-patch-router on pull requests. Without one there is no
 * gate at all, and every other workflow check has nothing to look at.
 */
import { handlesPullRequests, isRunning, type RouterStep } from './router-steps.js';
import type { Finding } from './types.js';

/** The smallest workflow that gives the gate, for fixes that say "add one". */
export const PULL_REQUEST_RECIPE =
  "Add the README's pull-request workflow (.github/workflows/rust-patch-router.yml): on pull_request_target " +
  '(opened, synchronize, reopened, ready_for_review, edited), pull_request_review (submitted, dismissed) and ' +
  'merge_group, with a step `uses: rust-for-linux/rust-patch-router@v1`.';

export function checkWorkflows(steps: readonly RouterStep[]): Finding[] {
  const findings: Finding[] = [];
  if (steps.length === 0) {
    findings.push({
      check: 'workflow',
      severity: 'error',
      message: 'No workflow on the default branch runs rust-patch-router: nothing writes the gate.',
      fix: PULL_REQUEST_RECIPE,
    });
    return findings;
  }
  const running = steps.filter(({ workflow }) => isRunning(workflow));
  for (const { workflow } of unique(steps.filter((s) => !isRunning(s.workflow)))) {
    findings.push({
      check: 'workflow',
      severity: handlesPullRequests(workflow) ? 'error' : 'warning',
      message: `${workflow.path} runs rust-patch-router but is ${workflow.state?.replace(/_/g, ' ')}: GitHub runs none of its jobs.`,
      fix: `Enable it: Actions → ${workflow.name} → "Enable workflow" (or \`gh workflow enable '${workflow.path}'\`).`,
      file: workflow.path,
    });
  }
  if (!running.some(({ workflow }) => handlesPullRequests(workflow))) {
    findings.push({
      check: 'workflow',
      severity: 'error',
      message:
        'No enabled workflow runs rust-patch-router on pull_request_target or pull_request: no PR gets a decision or a status.',
      fix: PULL_REQUEST_RECIPE,
    });
  }
  return findings;
}

function unique(steps: readonly RouterStep[]): RouterStep[] {
  const seen = new Set<string>();
  return steps.filter(({ workflow }) => !seen.has(workflow.path) && Boolean(seen.add(workflow.path)));
}

/**
 * Check `relay`: a maintainer's approval lifts a hold through the `pull_request_review` run, whose token is
 * read-only for a fork's PR — it can neither write the status nor labels. The relay (docs/GATE.md, "The
 * relay") is a workflow on `workflow_run` (completed) of the workflow that handled the review, running the
 * action with a write token. Recognised by its trigger and the action's use, whatever its name.
 */
import { hasTrigger, type RouterStep } from './router-steps.js';
import type { Finding } from './types.js';
import type { Workflow } from './workflow.js';

const REVIEW_TYPES = ['submitted', 'dismissed'];

export function checkRelay(steps: readonly RouterStep[]): Finding[] {
  const reviewWorkflows = unique(
    steps
      .map(({ workflow }) => workflow)
      .filter((workflow) => {
        if (!hasTrigger(workflow, 'pull_request_review')) return false;
        const types = workflow.on.pull_request_review.types;
        return types === undefined || types.some((type) => REVIEW_TYPES.includes(type));
      }),
  );
  if (reviewWorkflows.length === 0) {
    return [
      {
        check: 'relay',
        severity: 'warning',
        message:
          'No workflow runs rust-patch-router on pull_request_review: an approval lifts a hold only at the ' +
          "PR's next push or the next sweep.",
        fix: 'Add `pull_request_review: { types: [submitted, dismissed] }` to the pull-request workflow, and the relay.',
      },
    ];
  }
  const relays = steps.filter(({ workflow }) => {
    const run = workflow.on.workflow_run;
    return run !== undefined && (run.types === undefined || run.types.includes('completed'));
  });
  const findings: Finding[] = [];
  for (const review of reviewWorkflows) {
    if (relays.some(({ workflow }) => workflow.on.workflow_run.workflows?.includes(review.name))) continue;
    const misnamed = relays.find(({ workflow }) => (workflow.on.workflow_run.workflows ?? []).length > 0);
    findings.push({
      check: 'relay',
      severity: 'warning',
      message: misnamed
        ? `${misnamed.workflow.path} runs on workflow_run of ${quoteAll(misnamed.workflow.on.workflow_run.workflows!)}, ` +
          `not of '${review.name}' (${review.path}), which handles reviews: a fork PR's approval, run with a read-only token, lifts no hold until the next sweep.`
        : `No relay follows '${review.name}' (${review.path}): a fork PR's approval runs with a read-only token, ` +
          'so it lifts no hold until the next sweep.',
      fix:
        `Add the README's relay workflow: rust-patch-router on \`workflow_run: { workflows: ['${review.name}'], ` +
        'types: [completed] }`, with the same permissions as the PR workflow. It finds the PR by head SHA; it ' +
        'never trusts a number from the run.',
      ...(misnamed ? { file: misnamed.workflow.path, line: misnamed.workflow.onLine } : { file: review.path }),
    });
  }
  return findings;
}

function unique(workflows: Workflow[]): Workflow[] {
  return [...new Map(workflows.map((workflow) => [workflow.path, workflow])).values()];
}

function quoteAll(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(', ');
}

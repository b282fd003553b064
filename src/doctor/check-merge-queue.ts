/**
 * Check `merge-queue`: with a merge queue on the branch, the required status must also be written on each
 * merge group's head commit, which only a workflow triggered by `merge_group` does. Without the trigger the
 * queue waits for a status nobody writes until it times out, and no PR merges (docs/GATE.md, "Merge queues").
 */
import { hasTrigger, type RouterStep } from './router-steps.js';
import type { BranchRule, Finding, Readable } from './types.js';

/** The only `merge_group` activity type; a `types:` filter without it never fires. */
const CHECKS_REQUESTED = 'checks_requested';

export function checkMergeQueue(
  steps: readonly RouterStep[],
  rules: Readable<BranchRule[]>,
  branch: string,
): Finding[] {
  if (!('value' in rules)) {
    return [
      {
        check: 'merge-queue',
        severity: 'not-checked',
        message: `Whether ${branch} has a merge queue could not be read: ${rules.unreadable.reason}.`,
        fix: `Run doctor with a token that has ${rules.unreadable.needs}.`,
      },
    ];
  }
  const queue = rules.value.find((rule) => rule.type === 'merge_queue');
  if (!queue) return [];
  const onMergeGroup = steps.filter(({ workflow }) => {
    if (!hasTrigger(workflow, 'merge_group')) return false;
    const types = workflow.on.merge_group.types;
    return types === undefined || types.includes(CHECKS_REQUESTED);
  });
  if (onMergeGroup.length > 0) return [];
  const prWorkflow = steps.find(
    ({ workflow }) => hasTrigger(workflow, 'pull_request_target') || hasTrigger(workflow, 'pull_request'),
  );
  return [
    {
      check: 'merge-queue',
      severity: 'error',
      message:
        `${branch} has a merge queue (ruleset ${queue.ruleset_id ?? '?'}), but no workflow runs rust-patch-router on ` +
        'merge_group: the queue waits for a required status nobody writes on the group, and nothing merges.',
      fix: 'Add `merge_group:` (types: [checks_requested]) to the triggers of the pull-request workflow.',
      ...(prWorkflow && { file: prWorkflow.workflow.path, line: prWorkflow.workflow.onLine }),
    },
  ];
}

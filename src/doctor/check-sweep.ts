/**
 * Check `sweep`: the decision of an open PR changes without an event on it when the policy changes on its
 * base branch, or when an event was missed. The sweep (docs/GATE.md, "The sweep") re-decides open PRs: a
 * workflow running the action on `push` (of the policy files to the branch), `schedule` and
 * `workflow_dispatch`. Recognised by its triggers and the action's use, whatever its name.
 */
import { minimatch } from 'minimatch';
import { hasTrigger, type RouterStep } from './router-steps.js';
import type { Finding } from './types.js';
import type { TriggerFilter } from './workflow.js';

const SWEEP_EVENTS = ['push', 'schedule', 'workflow_dispatch'];

const RECIPE =
  "Add the README's sweep workflow: rust-patch-router on `push` (branches: [the default branch], paths: the " +
  'policy files), `schedule` (e.g. hourly) and `workflow_dispatch`, with the same permissions as the PR workflow.';

/**
 * @param policyFiles repository-relative paths of the policy and the MAINTAINERS it imports.
 */
export function checkSweep(steps: readonly RouterStep[], policyFiles: readonly string[], branch: string): Finding[] {
  const sweeps = steps.filter(({ workflow }) => SWEEP_EVENTS.some((event) => hasTrigger(workflow, event)));
  if (sweeps.length === 0) {
    return [
      {
        check: 'sweep',
        severity: 'warning',
        message:
          'No workflow runs rust-patch-router on push, schedule or workflow_dispatch: when the policy changes ' +
          '(a subsystem opts out, a maintainer is added), open PRs keep their old labels, reviewers and gate ' +
          'until someone pushes to them.',
        fix: RECIPE,
      },
    ];
  }
  const findings: Finding[] = [];
  const onPolicyPush = sweeps.filter(({ workflow }) => {
    const push = workflow.on.push;
    return push !== undefined && coversBranch(push, branch) && coversAnyPath(push, policyFiles);
  });
  if (onPolicyPush.length === 0) {
    const withPush = sweeps.find(({ workflow }) => hasTrigger(workflow, 'push'));
    findings.push({
      check: 'sweep',
      severity: 'warning',
      message: withPush
        ? `${withPush.workflow.path} runs on push, but its branches/paths filters leave out a push of ` +
          `${policyFiles.join(', ')} to ${branch}: a policy change re-routes open PRs only at the next scheduled sweep.`
        : 'No sweep runs on push: a policy change re-routes open PRs only at the next scheduled sweep.',
      fix: `Run the sweep workflow on \`push: { branches: [${branch}], paths: [${policyFiles.join(', ')}] }\`.`,
      ...(withPush && { file: withPush.workflow.path, line: withPush.workflow.onLine }),
    });
  }
  if (!sweeps.some(({ workflow }) => hasTrigger(workflow, 'schedule'))) {
    findings.push({
      check: 'sweep',
      severity: 'note',
      message: 'No sweep runs on a schedule: a PR whose event was missed (an outage, a cancelled run) stays as it was.',
      fix: "Add `schedule: [{ cron: '17 * * * *' }]` to the sweep workflow's triggers.",
      file: sweeps[0].workflow.path,
      line: sweeps[0].workflow.onLine,
    });
  }
  return findings;
}

/** GitHub's branch filters: `branches` (any match, `!` negates later) and `branches-ignore`. */
function coversBranch(filter: TriggerFilter, branch: string): boolean {
  if (filter.branchesIgnore?.some((pattern) => matches(branch, pattern))) return false;
  return filter.branches === undefined || lastMatchIncludes(filter.branches, branch);
}

function coversAnyPath(filter: TriggerFilter, paths: readonly string[]): boolean {
  return paths.some((path) => {
    if (filter.pathsIgnore?.some((pattern) => matches(path, pattern))) return false;
    return filter.paths === undefined || lastMatchIncludes(filter.paths, path);
  });
}

/** GitHub evaluates the patterns in order; the last one matching decides (a `!pattern` excludes). */
function lastMatchIncludes(patterns: readonly string[], value: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matches(value, pattern.slice(1))) included = false;
    } else if (matches(value, pattern)) included = true;
  }
  return included;
}

function matches(value: string, pattern: string): boolean {
  return minimatch(value, pattern, { dot: true, nonegate: true, nocomment: true });
}

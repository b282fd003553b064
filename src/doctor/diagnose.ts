/**
 * Every check over one repository's set-up: plain data in (what read-setup.ts read), findings out. A part that
 * could not be read turns the checks that need it into "not checked" findings naming what access would let
 * them run — never into a pass.
 */
import { checkAcks } from './check-acks.js';
import { checkCodeOwnerReview } from './check-code-owner-review.js';
import { checkCollaborators } from './check-collaborators.js';
import { checkConcurrency } from './check-concurrency.js';
import { checkMergeQueue } from './check-merge-queue.js';
import { checkPermissions } from './check-permissions.js';
import { checkPullRequestTarget } from './check-pull-request-target.js';
import { checkRelay } from './check-relay.js';
import { checkRequiredStatus } from './check-required-status.js';
import { checkSweep } from './check-sweep.js';
import { checkTeams } from './check-teams.js';
import { checkUnmappedEmails } from './check-unmapped-emails.js';
import { checkWorkflows } from './check-workflows.js';
import { inlineReusableWorkflows } from './reusable-workflows.js';
import { findRouterSteps, isRunning } from './router-steps.js';
import type { CheckId, DoctorReport, Finding, RepositorySetup, Unreadable, WorkflowFile } from './types.js';
import { parseWorkflow, type Workflow } from './workflow.js';

/** Checks in the order they are printed: the gate first, then what keeps it right, then the people. */
export const CHECK_ORDER: readonly CheckId[] = [
  'policy',
  'workflow',
  'required-status',
  'merge-queue',
  'pull-request-target-checkout',
  'permissions',
  'concurrency',
  'sweep',
  'relay',
  'code-owner-review',
  'collaborators',
  'acks',
  'teams',
  'unmapped-emails',
];

const WORKFLOW_CHECKS: CheckId[] = [
  'workflow',
  'required-status',
  'merge-queue',
  'pull-request-target-checkout',
  'permissions',
  'concurrency',
  'sweep',
  'relay',
];
const POLICY_CHECKS: CheckId[] = ['collaborators', 'acks', 'teams', 'unmapped-emails'];

export function diagnose(setup: RepositorySetup): DoctorReport {
  const findings: Finding[] = [];
  const { branch, repository } = setup;

  let workflows: Workflow[] | null = null;
  if ('value' in setup.workflows) {
    const parsed = parseWorkflows(setup.workflows.value);
    findings.push(...parsed.problems);
    const inlined = inlineReusableWorkflows(parsed.workflows);
    findings.push(...inlined.notes);
    // A reusable workflow runs only as part of its callers, where it was just inlined.
    workflows = inlined.workflows.filter((w) => Object.keys(w.on).some((event) => event !== 'workflow_call'));
  } else {
    findings.push(...notChecked(WORKFLOW_CHECKS, 'the workflow files', setup.workflows.unreadable));
  }
  const allSteps = workflows ? findRouterSteps(workflows, repository) : [];
  const steps = allSteps.filter(({ workflow }) => isRunning(workflow));

  if (workflows) {
    findings.push(
      ...checkWorkflows(allSteps),
      ...checkRequiredStatus(steps, setup.rules, setup.protection, branch),
      ...checkMergeQueue(steps, setup.rules, branch),
      ...checkPullRequestTarget(workflows, repository),
      ...checkPermissions(steps, setup.defaultWorkflowPermissions),
      ...checkConcurrency(steps),
      ...checkRelay(workflows.filter(isRunning), steps),
    );
  }
  findings.push(...checkCodeOwnerReview(setup.rules, setup.protection, branch));

  const policyRead = 'value' in setup.policy ? setup.policy.value : null;
  if (!('value' in setup.policy)) {
    findings.push(...notChecked(['policy', ...POLICY_CHECKS], 'the policy', setup.policy.unreadable));
  } else if (policyRead!.policy === null) {
    findings.push(policyProblem(policyRead!.path, policyRead!.problems, branch));
    findings.push(
      ...notChecked(POLICY_CHECKS, 'the policy', {
        reason: `${policyRead!.path} is unusable`,
        needs: 'a valid policy',
      }),
    );
  }
  const policy = policyRead?.policy ?? null;
  if (workflows) {
    // The policy file as read (its path in the repository), and the MAINTAINERS it imports.
    const policyFiles = policyRead ? [policyRead.path, ...(policy?.sources.slice(1) ?? [])] : ['maintainers.yml'];
    findings.push(...checkSweep(steps, policyFiles, branch));
  }
  if (policy && policyRead) {
    findings.push(
      ...checkCollaborators(policy, setup.collaborators, policyRead.path),
      ...checkAcks(policy, setup.collaborators, policyRead.path),
      ...checkTeams(policy, steps, policyRead.path),
      ...checkUnmappedEmails(policy, policyRead.path),
    );
  }
  return { repository, branch, findings: sortFindings(findings), checks: outcomes(findings) };
}

/** The exit code for a report: 1 when there is a problem to fix, else 2 when a check could not run, else 0. */
export function exitCodeOf(report: DoctorReport): 0 | 1 | 2 {
  if (report.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) return 1;
  if (report.findings.some((f) => f.severity === 'not-checked')) return 2;
  return 0;
}

function parseWorkflows(files: readonly WorkflowFile[]): { workflows: Workflow[]; problems: Finding[] } {
  const workflows: Workflow[] = [];
  const problems: Finding[] = [];
  for (const file of files) {
    const parsed = parseWorkflow(file.path, file.text, file.state);
    if (parsed.value) workflows.push(parsed.value);
    for (const problem of parsed.problems) {
      problems.push({
        check: 'workflow',
        severity: 'warning',
        message: `${file.path} is not a valid workflow (${problem.message}); GitHub runs none of it, and doctor cannot check it.`,
        fix: 'Fix the YAML (GitHub shows the same error on the workflow’s page).',
        file: problem.path,
        line: problem.line,
      });
    }
  }
  return { workflows, problems };
}

function policyProblem(path: string, problems: string[], branch: string): Finding {
  return {
    check: 'policy',
    severity: 'error',
    message:
      `The policy ${path} cannot be used on ${branch}, so every PR's status is \`error\`: ` +
      `${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}.`,
    fix: `Fix ${path} on ${branch} (\`npx rust-patch-router validate --config ${path}\` prints every problem), or point \`--config\` and the action's \`config\` input at the right file.`,
    file: path,
  };
}

function notChecked(checks: readonly CheckId[], what: string, unreadable: Unreadable): Finding[] {
  return checks.map((check) => ({
    check,
    severity: 'not-checked' as const,
    message: `Needs ${what}, which could not be read: ${unreadable.reason}.`,
    fix: `Run doctor with a token that has ${unreadable.needs}.`,
  }));
}

function outcomes(findings: readonly Finding[]): DoctorReport['checks'] {
  return CHECK_ORDER.map((check) => {
    const own = findings.filter((f) => f.check === check);
    if (own.some((f) => f.severity === 'error' || f.severity === 'warning'))
      return { check, outcome: 'problems' as const };
    if (own.some((f) => f.severity === 'not-checked')) return { check, outcome: 'not-checked' as const };
    return { check, outcome: 'pass' as const };
  });
}

const SEVERITY_ORDER = { error: 0, warning: 1, 'not-checked': 2, note: 3 } as const;

/** Errors first, then warnings, checks that did not run, notes; within a severity, in check order. */
function sortFindings(findings: Finding[]): Finding[] {
  const position = (f: Finding) => CHECK_ORDER.indexOf(f.check);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        position(a.finding) - position(b.finding) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

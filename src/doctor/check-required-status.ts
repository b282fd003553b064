/**
 * Check `required-status`: the commit status the action writes is what branch protection or a ruleset
 * requires on the branch, from a source that can actually report it. A hold blocks a merge only then
 * (docs/GATE.md, "The commit status"); a status nobody requires is a comment, and a requirement pinned to
 * another app is never met, so every PR waits.
 */
import {
  DEFAULT_STATUS_CONTEXT,
  handlesPullRequests,
  hasTrigger,
  statusContextOf,
  stepLocation,
  usesDefaultToken,
  writesStatus,
  type RouterStep,
} from './router-steps.js';
import { summariseList } from './summarise.js';
import type { BranchProtection, BranchRule, Finding, Readable, Unreadable } from './types.js';

/** The GitHub Actions app: statuses written with a workflow's GITHUB_TOKEN come from it. */
export const GITHUB_ACTIONS_APP_ID = 15368;

/** One place that requires a context, and the app it must come from (null: any source). */
interface Requirement {
  context: string;
  appId: number | null;
  where: string;
}

export function checkRequiredStatus(
  steps: readonly RouterStep[],
  rules: Readable<BranchRule[]>,
  protection: Readable<BranchProtection | null>,
  branch: string,
): Finding[] {
  const findings: Finding[] = [];
  const prSteps = steps.filter(({ workflow }) => handlesPullRequests(workflow));
  for (const off of prSteps.filter(({ step }) => !writesStatus(step))) findings.push(statusOff(off));
  const statusSteps = prSteps.filter(({ step }) => writesStatus(step));
  const requirements = [...requirementsFromRules(rules), ...requirementsFromProtection(protection)];
  const unreadable = [rules, protection].flatMap((part) => ('unreadable' in part ? [part.unreadable] : []));

  // Without a pull-request workflow (reported by `workflow`) the context to require is still the default one.
  const contexts =
    prSteps.length === 0 ? [DEFAULT_STATUS_CONTEXT] : statusSteps.map(({ step }) => statusContextOf(step));
  for (const context of new Set(contexts)) {
    const writers = statusSteps.filter(({ step }) => statusContextOf(step) === context);
    const required = requirements.filter((r) => r.context === context);
    if (required.length === 0) {
      findings.push(unreadable.length > 0 ? notChecked(context, branch, unreadable) : notRequired(context, branch));
      continue;
    }
    const defaultToken = writers.every(({ step }) => usesDefaultToken(step));
    for (const requirement of required) findings.push(...sourceProblems(requirement, defaultToken, writers));
  }
  findings.push(...jobChecksRequired(steps, requirements));
  return findings;
}

function requirementsFromRules(rules: Readable<BranchRule[]>): Requirement[] {
  if (!('value' in rules)) return [];
  return rules.value
    .filter((rule) => rule.type === 'required_status_checks')
    .flatMap((rule) =>
      (rule.parameters?.required_status_checks ?? []).map((check) => ({
        context: check.context,
        appId: check.integration_id ?? null,
        where: rulesetName(rule),
      })),
    );
}

function requirementsFromProtection(protection: Readable<BranchProtection | null>): Requirement[] {
  if (!('value' in protection) || protection.value === null) return [];
  const checks = protection.value.required_status_checks;
  if (!checks) return [];
  const where = 'branch protection';
  const fromChecks = (checks.checks ?? []).map((check) => ({
    context: check.context,
    // -1 is how the API is told "any app"; null is how it answers it.
    appId: check.app_id === null || check.app_id === -1 ? null : check.app_id,
    where,
  }));
  const listed = new Set(fromChecks.map((check) => check.context));
  const fromContexts = (checks.contexts ?? [])
    .filter((context) => !listed.has(context))
    .map((context) => ({ context, appId: null, where }));
  return [...fromChecks, ...fromContexts];
}

function rulesetName(rule: BranchRule): string {
  const source = rule.ruleset_source_type === 'Organization' ? ` of organisation ${rule.ruleset_source}` : '';
  return rule.ruleset_id === undefined ? `a ruleset${source}` : `ruleset ${rule.ruleset_id}${source}`;
}

function notRequired(context: string, branch: string): Finding {
  return {
    check: 'required-status',
    severity: 'error',
    message: `The status '${context}' is not required on ${branch}: a held PR can be merged anyway.`,
    fix:
      `Settings → Rules → Rulesets → New branch ruleset targeting ${branch} (or the default branch), rule ` +
      `"Require status checks to pass", add the check '${context}' with source GitHub Actions; or add it under ` +
      `branch protection's "Require status checks to pass before merging". Require the status, not the job.`,
  };
}

function notChecked(context: string, branch: string, unreadable: Unreadable[]): Finding {
  return {
    check: 'required-status',
    severity: 'not-checked',
    message:
      `The status '${context}' is not required by any ruleset doctor could read on ${branch}, and the rest could ` +
      `not be read: ${unreadable.map((u) => u.reason).join('; ')}.`,
    fix: `Run doctor with a token that has ${unreadable.map((u) => u.needs).join(' and ')}.`,
  };
}

function statusOff(writer: RouterStep): Finding {
  const target = hasTrigger(writer.workflow, 'pull_request_target');
  return {
    check: 'required-status',
    severity: target ? 'error' : 'warning',
    message: target
      ? "The step sets `status: false` under pull_request_target: the block is then only the job's own check, " +
        "which GitHub attaches to the base branch's latest commit, never to the PR — it cannot gate a merge."
      : "The step sets `status: false`: the block is the job's own check, and for a fork's PR the workflow file " +
        'comes from the fork, which can edit the job that should block it.',
    fix: 'Remove `status: false` (the default writes the commit status) and require that status context.',
    ...stepLocation(writer),
  };
}

/** A pinned source the action's status can never come from. */
function sourceProblems(requirement: Requirement, defaultToken: boolean, writers: RouterStep[]): Finding[] {
  const { context, appId, where } = requirement;
  const location = writers.length > 0 ? stepLocation(writers[0]) : {};
  if (appId === null) {
    if (!defaultToken) return [];
    return [
      {
        check: 'required-status',
        severity: 'note',
        message: `'${context}' is required by ${where} from any source: anyone whose token can write statuses could set it.`,
        fix: `Pin the expected source to GitHub Actions (integration ${GITHUB_ACTIONS_APP_ID}) in ${where}.`,
      },
    ];
  }
  if (defaultToken && appId !== GITHUB_ACTIONS_APP_ID) {
    return [
      {
        check: 'required-status',
        severity: 'error',
        message:
          `${where} requires '${context}' from app ${appId}, but the action writes it with the workflow's ` +
          `GITHUB_TOKEN, so it comes from GitHub Actions (${GITHUB_ACTIONS_APP_ID}): the requirement is never met ` +
          'and every PR waits.',
        fix: `Set the check's source to GitHub Actions in ${where}, or pass that app's token as the action's \`token\`.`,
        ...location,
      },
    ];
  }
  if (!defaultToken && appId === GITHUB_ACTIONS_APP_ID) {
    return [
      {
        check: 'required-status',
        severity: 'error',
        message:
          `${where} requires '${context}' from GitHub Actions, but the step passes its own \`token\`: the status ` +
          "comes from that token's app (or user), so the requirement is never met and every PR waits.",
        fix: `Set the check's source in ${where} to the app whose token the workflow passes, or drop \`token\`.`,
        ...location,
      },
    ];
  }
  if (!defaultToken) {
    return [
      {
        check: 'required-status',
        severity: 'note',
        message: `${where} requires '${context}' from app ${appId}; the step passes its own \`token\`.`,
        fix: `Make sure app ${appId} is the GitHub App whose installation token the workflow passes.`,
        ...location,
      },
    ];
  }
  return [];
}

/**
 * The README used to say "require the job": under pull_request_target the job's check lands on the base
 * branch's commit, so a required job name never reports on a PR's head and every PR waits for it.
 */
function jobChecksRequired(steps: readonly RouterStep[], requirements: Requirement[]): Finding[] {
  const targetOnly = steps.filter(
    ({ workflow }) => hasTrigger(workflow, 'pull_request_target') && !hasTrigger(workflow, 'pull_request'),
  );
  const jobNames = new Set(targetOnly.flatMap(({ job }) => [job.id, job.name].filter((n): n is string => !!n)));
  const required = [...new Set(requirements.filter((r) => jobNames.has(r.context)).map((r) => r.context))];
  if (required.length === 0) return [];
  return [
    {
      check: 'required-status',
      severity: 'warning',
      message:
        `The job check ${summariseList(required.map((name) => `'${name}'`))} is required, but the job runs under ` +
        "pull_request_target, whose checks GitHub attaches to the base branch's latest commit: it never reports " +
        "on a PR's head, so PRs wait for it.",
      fix: 'Remove the job from the required checks; require the status context instead.',
    },
  ];
}

/**
 * What `doctor` reads from a repository and what it says about it. Plain data: the reader
 * (read-setup.ts) fills a RepositorySetup from the API, each check takes the parts it needs and returns
 * findings, and the renderers print them. GitHub's JSON is kept in its own shape (rules, branch protection)
 * so a check reads exactly what the documentation describes.
 */
import type { Policy } from '../model.js';
import type { Workflow } from './workflow.js';

/** Which check a finding comes from; stable, for `--format json` and for scripts. */
export type CheckId =
  | 'repository'
  | 'policy'
  | 'workflow'
  | 'required-status'
  | 'merge-queue'
  | 'pull-request-target-checkout'
  | 'permissions'
  | 'concurrency'
  | 'sweep'
  | 'relay'
  | 'code-owner-review'
  | 'collaborators'
  | 'acks'
  | 'teams'
  | 'unmapped-emails';

/**
 * - `error`: the gate does not hold, can be forged, or a hold can never be lifted;
 * - `warning`: the gate holds, but part of it works worse than it should (stale PRs, refused requests);
 * - `note`: worth knowing, not a problem (does not change the exit code);
 * - `not-checked`: the check could not run; `message` says why and `fix` what access it needs. Never a pass.
 */
export type Severity = 'error' | 'warning' | 'note' | 'not-checked';

export interface Finding {
  check: CheckId;
  severity: Severity;
  message: string;
  fix: string;
  /** The workflow or policy file the finding is about, with a 1-based line when known. */
  file?: string;
  line?: number;
}

/** A part of the set-up that could not be read, and what reading it needs. */
export interface Unreadable {
  /** What was tried and how it failed, e.g. "GET …/branches/main/protection answered 403 Resource not accessible". */
  reason: string;
  /** The access that would let doctor read it, e.g. "admin on the repository (fine-grained: Administration read)". */
  needs: string;
}

/** A part of the set-up as read: its value, or why it could not be read. */
export type Readable<T> = { value: T } | { unreadable: Unreadable };

/** `GET /repos/{o}/{r}/rules/branches/{branch}`: the active rules on a branch, from every ruleset that covers it. */
export interface BranchRule {
  type: string;
  parameters?: {
    required_status_checks?: { context: string; integration_id?: number }[];
    require_code_owner_review?: boolean;
    [key: string]: unknown;
  };
  ruleset_source_type?: 'Repository' | 'Organization';
  ruleset_source?: string;
  ruleset_id?: number;
}

/** The parts of `GET /repos/{o}/{r}/branches/{branch}/protection` doctor reads. */
export interface BranchProtection {
  required_status_checks?: {
    contexts?: string[];
    /** `app_id` null (or -1) means any source. */
    checks?: { context: string; app_id: number | null }[];
  } | null;
  required_pull_request_reviews?: {
    require_code_owner_reviews?: boolean;
    dismiss_stale_reviews?: boolean;
  } | null;
}

/** A repository permission as GitHub's roles name it (custom roles reduced to the base role they extend). */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface Collaborator {
  login: string;
  permission: Permission;
}

/** A workflow file as read at the default branch. */
export interface WorkflowFile {
  path: string;
  /** `active`, `disabled_manually`, … from the Actions API; undefined when listed from the contents API. */
  state?: string;
  text: string;
}

/** The policy as read at the checked branch through the API, or why it could not be used. */
export interface PolicyRead {
  /** Repository-relative path of the config. */
  path: string;
  policy: Policy | null;
  /** `file:line:col: message` lines when the policy is missing or invalid. */
  problems: string[];
}

/** Everything doctor knows about a repository. */
export interface RepositorySetup {
  /** `owner/name`. */
  repository: string;
  defaultBranch: string;
  /** The branch whose protection is checked: `--branch`, else the default branch. */
  branch: string;
  rules: Readable<BranchRule[]>;
  /** null: the branch has no classic branch protection. */
  protection: Readable<BranchProtection | null>;
  workflows: Readable<WorkflowFile[]>;
  /** The repository's default GITHUB_TOKEN permissions, used by jobs that set none. */
  defaultWorkflowPermissions: Readable<'read' | 'write'>;
  collaborators: Readable<Collaborator[]>;
  policy: Readable<PolicyRead>;
}

/** The workflows parsed, ready for the checks: what the workflow-reading checks share. */
export interface ParsedWorkflows {
  workflows: Workflow[];
  /** Files that did not parse, as findings. */
  problems: Finding[];
}

/** The result of every check. */
export interface DoctorReport {
  repository: string;
  branch: string;
  findings: Finding[];
  /** Every check that ran or was attempted, with its overall outcome. */
  checks: { check: CheckId; outcome: 'pass' | 'problems' | 'not-checked' }[];
}

/**
 * Check `permissions`: every job that runs rust-patch-router gets the GITHUB_TOKEN scopes the action needs
 * (docs/GATE.md, "Permissions"). A job's `permissions:` replaces the workflow's, which replaces the
 * repository's default; a map grants only the scopes it names.
 */
import { jobLocation, writesStatus, type RouterStep } from './router-steps.js';
import type { Finding, Readable } from './types.js';
import type { PermissionsSpec } from './workflow.js';

type Access = 'none' | 'read' | 'write';
const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 };

/** What the action needs, and what for (the fix says it). */
const NEEDED: { scope: string; access: Access; why: string }[] = [
  { scope: 'contents', access: 'read', why: 'read the policy at the base commit' },
  { scope: 'pull-requests', access: 'write', why: 'request reviews' },
  { scope: 'issues', access: 'write', why: 'labels and the sticky comment' },
  { scope: 'statuses', access: 'write', why: 'write the gate’s commit status' },
];

/**
 * The repository default "Read repository contents and packages permissions" grants only these (GitHub's
 * table of GITHUB_TOKEN permissions, restricted column); "Read and write" grants write on every scope.
 */
const RESTRICTED_DEFAULT: Record<string, Access> = { contents: 'read', packages: 'read', metadata: 'read' };

export function checkPermissions(
  steps: readonly RouterStep[],
  repositoryDefault: Readable<'read' | 'write'>,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const routerStep of steps) {
    const { workflow, job, step } = routerStep;
    const key = `${workflow.path}#${job.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const needed = NEEDED.filter((n) => n.scope !== 'statuses' || writesStatus(step));
    const spec = job.permissions ?? workflow.permissions;
    const source = job.permissions
      ? "the job's permissions"
      : workflow.permissions
        ? "the workflow's permissions"
        : null;
    let granted: (scope: string) => Access;
    let from: string;
    if (spec !== undefined) {
      granted = (scope) => grantedBy(spec, scope);
      from = source!;
    } else if ('value' in repositoryDefault) {
      const fallback = repositoryDefault.value;
      granted = (scope) => (fallback === 'write' ? 'write' : (RESTRICTED_DEFAULT[scope] ?? 'none'));
      from = `the repository's default (${fallback === 'write' ? 'read and write' : 'read'}), as neither the job nor the workflow sets permissions`;
    } else {
      findings.push({
        check: 'permissions',
        severity: 'not-checked',
        message:
          `Job '${job.id}' sets no permissions, so it gets the repository's default, which could not be read: ` +
          `${repositoryDefault.unreadable.reason}.`,
        fix: `Set them in the workflow (recommended whatever the default): ${permissionsBlock(needed)}. Or run doctor with a token that has ${repositoryDefault.unreadable.needs}.`,
        ...jobLocation(workflow, job),
      });
      continue;
    }
    const missing = needed.filter((n) => RANK[granted(n.scope)] < RANK[n.access]);
    if (missing.length === 0) continue;
    const gateMissing = missing.some((m) => m.scope === 'statuses' || m.scope === 'contents');
    // A PR's labels and comments are issue endpoints that `pull-requests: write` also opens (GitHub's
    // permission tables list either scope), so issues: write alone missing loses nothing today.
    const onlyIssues = missing.length === 1 && missing[0].scope === 'issues' && granted('pull-requests') === 'write';
    findings.push({
      check: 'permissions',
      severity: gateMissing ? 'error' : onlyIssues ? 'note' : 'warning',
      message: onlyIssues
        ? `Job '${job.id}' lacks issues: write (from ${from}); pull-requests: write covers a PR's labels and ` +
          'comments, so nothing fails, but the documented set-up asks for both.'
        : `Job '${job.id}' lacks ${missing.map((m) => `${m.scope}: ${m.access}`).join(', ')} (from ${from}): ` +
          `the action cannot ${missing.map((m) => m.why).join(', ')}.`,
      fix: `Give the job ${permissionsBlock(needed)}.`,
      ...jobLocation(workflow, job),
    });
  }
  return findings;
}

/** What a `permissions:` value grants for one scope. */
export function grantedBy(spec: PermissionsSpec, scope: string): Access {
  if (spec === 'write-all') return 'write';
  if (spec === 'read-all') return 'read';
  const access = spec[scope];
  return access === 'write' || access === 'read' ? access : 'none';
}

function permissionsBlock(needed: typeof NEEDED): string {
  return `\`permissions: { ${needed.map((n) => `${n.scope}: ${n.access}`).join(', ')} }\``;
}

/**
 * What `doctor` reads about a repository's setup: rulesets and the rules that apply to a branch, classic branch
 * protection, workflows (from `.github/workflows/` on the default branch), the default GITHUB_TOKEN permissions,
 * and collaborators with their permissions.
 */
import { activeRules } from '../merge-rules.js';
import { nodeId, stableId, userPayload } from '../payloads.js';
import { errorReply, notFound } from '../replies.js';
import { pageReply } from './context.js';

const WEB = 'https://github.com';
const EPOCH = '2026-01-05T09:00:00Z';
const PROTECTION_DOCS = 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection';

/** Legacy permission booleans of a role, as collaborator objects show them. */
const ROLE_FLAGS =
  /** @type {Record<string, { pull: boolean, triage: boolean, push: boolean, maintain: boolean, admin: boolean }>} */ ({
    admin: { pull: true, triage: true, push: true, maintain: true, admin: true },
    maintain: { pull: true, triage: true, push: true, maintain: true, admin: false },
    write: { pull: true, triage: true, push: true, maintain: false, admin: false },
    triage: { pull: true, triage: true, push: false, maintain: false, admin: false },
    read: { pull: true, triage: false, push: false, maintain: false, admin: false },
  });

/**
 * A ruleset as `GET …/rulesets/{id}` answers it.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {any} ruleset
 * @param {boolean} full with conditions, rules and bypass actors
 */
function rulesetPayload(ctx, ruleset, full) {
  const url = `${ctx.api}/repos/${ctx.state.fullName}/rulesets/${ruleset.id}`;
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: ruleset.target ?? 'branch',
    source_type: 'Repository',
    source: ctx.state.fullName,
    enforcement: ruleset.enforcement ?? 'active',
    node_id: nodeId('RepositoryRuleset', ruleset.id),
    _links: { self: { href: url }, html: { href: `${WEB}/${ctx.state.fullName}/rules/${ruleset.id}` } },
    created_at: EPOCH,
    updated_at: EPOCH,
    ...(full
      ? {
          bypass_actors: ruleset.bypass_actors ?? [],
          current_user_can_bypass: 'never',
          conditions: ruleset.conditions ?? { ref_name: { include: [], exclude: [] } },
          rules: (ruleset.rules ?? []).map(normalizeRule),
        }
      : {}),
  };
}

/**
 * A rule with the parameters GitHub fills in when they were left out.
 * @param {any} rule
 */
function normalizeRule(rule) {
  if (rule.type === 'required_status_checks') {
    return {
      type: rule.type,
      parameters: {
        strict_required_status_checks_policy: false,
        do_not_enforce_on_create: false,
        ...rule.parameters,
        required_status_checks: rule.parameters?.required_status_checks ?? [],
      },
    };
  }
  if (rule.type === 'pull_request') {
    return {
      type: rule.type,
      parameters: {
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_approving_review_count: 0,
        required_review_thread_resolution: false,
        allowed_merge_methods: ['merge', 'squash', 'rebase'],
        ...rule.parameters,
      },
    };
  }
  if (rule.type === 'merge_queue') {
    return {
      type: rule.type,
      parameters: {
        check_response_timeout_minutes: 60,
        grouping_strategy: 'ALLGREEN',
        max_entries_to_build: 5,
        max_entries_to_merge: 5,
        merge_method: 'MERGE',
        min_entries_to_merge: 1,
        min_entries_to_merge_wait_minutes: 5,
        ...rule.parameters,
      },
    };
  }
  return rule.parameters === undefined ? { type: rule.type } : { type: rule.type, parameters: rule.parameters };
}

/** @type {import('./context.js').Handler} */
export function listRulesets(ctx) {
  const targets = ctx.query.targets === undefined ? null : String(ctx.query.targets).split(',');
  const rulesets = ctx.state.rulesets.filter((r) => !targets || targets.includes(r.target ?? 'branch'));
  return pageReply(
    ctx,
    rulesets.map((r) => rulesetPayload(ctx, r, false)),
  );
}

/** @type {import('./context.js').Handler} */
export function getRuleset(ctx) {
  const ruleset = ctx.state.rulesets.find((r) => r.id === Number(ctx.params.ruleset_id));
  if (!ruleset) return notFound(ctx.operation.docs);
  return { status: 200, body: rulesetPayload(ctx, ruleset, true) };
}

/** @type {import('./context.js').Handler} */
export function getBranchRules(ctx) {
  // The branch need not exist; evaluate and disabled rulesets are left out (REST docs, "Get rules for a branch").
  const rules = activeRules(ctx.state, String(ctx.params.branch)).map((rule) => ({
    ...normalizeRule(rule),
    ruleset_source_type: 'Repository',
    ruleset_source: ctx.state.fullName,
    ruleset_id: rule.ruleset.id,
  }));
  return pageReply(ctx, rules);
}

/**
 * The branch's protection, or GitHub's 404 ("Branch not found", "Branch not protected").
 * @param {import('./context.js').HandlerContext} ctx
 */
function protectionOf(ctx) {
  const branch = String(ctx.params.branch);
  if (!ctx.state.branches.has(branch)) return errorReply(404, 'Branch not found', PROTECTION_DOCS);
  const protection = ctx.state.protections.get(branch);
  if (!protection) return errorReply(404, 'Branch not protected', PROTECTION_DOCS);
  return { branch, protection };
}

/**
 * The required_status_checks object of a protection.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {string} branch
 * @param {any} checks
 */
function statusChecksPayload(ctx, branch, checks) {
  const url = `${ctx.api}/repos/${ctx.state.fullName}/branches/${encodeURIComponent(branch)}/protection/required_status_checks`;
  const listed =
    checks.checks ?? (checks.contexts ?? []).map((/** @type {string} */ context) => ({ context, app_id: null }));
  return {
    url,
    strict: Boolean(checks.strict),
    contexts: listed.map((/** @type {{ context: string }} */ c) => c.context),
    checks: listed.map((/** @type {{ context: string, app_id?: number | null }} */ c) => ({
      context: c.context,
      app_id: c.app_id ?? null,
    })),
    contexts_url: `${url}/contexts`,
  };
}

/** @type {import('./context.js').Handler} */
export function getBranchProtection(ctx) {
  const found = protectionOf(ctx);
  if ('status' in found) return found;
  const { branch, protection } = found;
  const url = `${ctx.api}/repos/${ctx.state.fullName}/branches/${encodeURIComponent(branch)}/protection`;
  const flag = (/** @type {string} */ key, /** @type {boolean} */ value) => ({ url: `${url}/${key}`, enabled: value });
  const reviews = protection.required_pull_request_reviews;
  return {
    status: 200,
    body: {
      url,
      ...(protection.required_status_checks
        ? { required_status_checks: statusChecksPayload(ctx, branch, protection.required_status_checks) }
        : {}),
      ...(reviews
        ? {
            required_pull_request_reviews: {
              url: `${url}/required_pull_request_reviews`,
              dismiss_stale_reviews: Boolean(reviews.dismiss_stale_reviews),
              require_code_owner_reviews: Boolean(reviews.require_code_owner_reviews),
              required_approving_review_count: reviews.required_approving_review_count ?? 0,
              require_last_push_approval: Boolean(reviews.require_last_push_approval),
            },
          }
        : {}),
      enforce_admins: flag('enforce_admins', Boolean(protection.enforce_admins)),
      required_linear_history: { enabled: Boolean(protection.required_linear_history) },
      allow_force_pushes: { enabled: Boolean(protection.allow_force_pushes) },
      allow_deletions: { enabled: Boolean(protection.allow_deletions) },
      block_creations: { enabled: false },
      required_conversation_resolution: { enabled: Boolean(protection.required_conversation_resolution) },
      lock_branch: { enabled: false },
      allow_fork_syncing: { enabled: false },
      required_signatures: flag('required_signatures', false),
    },
  };
}

/** @type {import('./context.js').Handler} */
export function getStatusChecksProtection(ctx) {
  const found = protectionOf(ctx);
  if ('status' in found) return found;
  const checks = found.protection.required_status_checks;
  if (!checks) return errorReply(404, 'Required status checks not enabled', PROTECTION_DOCS);
  return { status: 200, body: statusChecksPayload(ctx, found.branch, checks) };
}

/**
 * The workflow files on the default branch: `.github/workflows/*.yml` and `*.yaml`.
 * @param {import('../state.js').RepositoryState} state
 */
export function workflowFiles(state) {
  const sha = state.resolveRef(undefined);
  const files = sha ? (state.commits.get(sha) ?? new Map()) : new Map();
  return [...files.entries()]
    .filter(([path]) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** @type {import('./context.js').Handler} */
export function listWorkflows(ctx) {
  const { state, api } = ctx;
  const workflows = workflowFiles(state).map(([path, bytes]) => {
    const id = stableId(`workflow:${state.fullName}:${path}`);
    // The workflow's `name:` (a top-level key), else its path, as GitHub names it.
    const name = /^name:\s*['"]?(.+?)['"]?\s*$/m.exec(bytes.toString('utf8'))?.[1] ?? path;
    return {
      id,
      node_id: nodeId('Workflow', id),
      name,
      path,
      state: 'active',
      created_at: EPOCH,
      updated_at: EPOCH,
      url: `${api}/repos/${state.fullName}/actions/workflows/${id}`,
      html_url: `${WEB}/${state.fullName}/blob/${state.defaultBranch}/${path}`,
      badge_url: `${WEB}/${state.fullName}/workflows/${encodeURIComponent(name)}/badge.svg`,
    };
  });
  const page = pageReply(ctx, workflows);
  return { ...page, body: { total_count: workflows.length, workflows: page.body } };
}

/** @type {import('./context.js').Handler} */
export function getWorkflowPermissions(ctx) {
  const { defaultWorkflowPermissions, canApprovePullRequestReviews } = ctx.state.workflowSettings;
  return {
    status: 200,
    body: {
      default_workflow_permissions: defaultWorkflowPermissions,
      can_approve_pull_request_reviews: canApprovePullRequestReviews,
    },
  };
}

/** @type {import('./context.js').Handler} */
export function listCollaborators(ctx) {
  const wanted = ctx.query.permission === undefined ? null : String(ctx.query.permission);
  const includes = /** @type {Record<string, string[]>} */ ({
    pull: ['read', 'triage', 'write', 'maintain', 'admin'],
    triage: ['triage', 'write', 'maintain', 'admin'],
    push: ['write', 'maintain', 'admin'],
    maintain: ['maintain', 'admin'],
    admin: ['admin'],
  });
  const collaborators = [...ctx.state.collaborators.values()]
    .filter((c) => !wanted || includes[wanted]?.includes(c.permission))
    .sort((a, b) => (a.login.toLowerCase() < b.login.toLowerCase() ? -1 : 1))
    .map((c) => ({
      ...userPayload(ctx.api, c.login),
      permissions: ROLE_FLAGS[c.permission] ?? ROLE_FLAGS.read,
      role_name: c.permission,
    }));
  return pageReply(ctx, collaborators);
}

/**
 * Whether GitHub would let a pull request (or a merge group) merge, from the branch protection and rulesets
 * the test seeded: the required status checks (the latest status with each required context on the **head
 * commit** must be `success`; a check run named like it counts when its conclusion is success, neutral or
 * skipped; an `integration_id`/`app_id` restricts which app's result counts), "require branches to be up to
 * date", required approving reviews, draft and closed pull requests.
 *
 * Sources: docs.github.com "About protected branches" (required status checks: successful, skipped or neutral;
 * the status must be on the latest commit), "Available rules for rulesets" (rules aggregate across rulesets and
 * branch protection; the most restrictive wins), the REST rulesets description (`integration_id`: the app the
 * check must come from). Messages of refused merges are GitHub's as seen in public reports (observed).
 */

/**
 * @typedef {object} RequiredCheck
 * @property {string} context
 * @property {number | null} integrationId the app whose result counts; null: any source
 * @property {string} source 'branch protection' or `ruleset "name"`
 */
/** @typedef {{ mergeable: boolean, reasons: string[] }} MergeVerdict */

/**
 * Whether a ruleset's `ref_name` condition covers a branch: `~ALL`, `~DEFAULT_BRANCH`, or fnmatch patterns on
 * `refs/heads/…` (`*` within a segment, `**` across segments), includes minus excludes.
 * @param {any} ruleset
 * @param {string} branch
 * @param {string} defaultBranch
 */
export function rulesetCovers(ruleset, branch, defaultBranch) {
  const refName = ruleset.conditions?.ref_name ?? { include: [], exclude: [] };
  const ref = `refs/heads/${branch}`;
  const matches = (/** @type {string} */ pattern) => {
    if (pattern === '~ALL') return true;
    if (pattern === '~DEFAULT_BRANCH') return branch === defaultBranch;
    const full = pattern.startsWith('refs/') ? pattern : `refs/heads/${pattern}`;
    const source = full
      .split(/(\*\*|\*)/)
      .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return new RegExp(`^${source}$`).test(ref);
  };
  return (refName.include ?? []).some(matches) && !(refName.exclude ?? []).some(matches);
}

/**
 * The active rulesets' rules for a branch, each with the ruleset it came from, as
 * `GET /repos/{o}/{r}/rules/branches/{branch}` lists them.
 * @param {import('./state.js').RepositoryState} state
 * @param {string} branch
 * @returns {Array<{ type: string, parameters?: any, ruleset: any }>}
 */
export function activeRules(state, branch) {
  return state.rulesets
    .filter((r) => (r.target ?? 'branch') === 'branch' && (r.enforcement ?? 'active') === 'active')
    .filter((r) => rulesetCovers(r, branch, state.defaultBranch))
    .flatMap((r) => (r.rules ?? []).map((/** @type {any} */ rule) => ({ ...rule, ruleset: r })));
}

/**
 * Every required status check on a branch, from branch protection and active rulesets.
 * @param {import('./state.js').RepositoryState} state
 * @param {string} branch
 * @returns {{ checks: RequiredCheck[], strict: boolean }}
 */
export function requiredChecks(state, branch) {
  /** @type {RequiredCheck[]} */
  const checks = [];
  let strict = false;
  const protection = state.protections.get(branch)?.required_status_checks;
  if (protection) {
    strict ||= Boolean(protection.strict);
    const listed = protection.checks ?? (protection.contexts ?? []).map((/** @type {string} */ c) => ({ context: c }));
    for (const check of listed) {
      const appId = check.app_id === undefined || check.app_id === -1 ? null : check.app_id;
      checks.push({ context: check.context, integrationId: appId, source: 'branch protection' });
    }
  }
  for (const rule of activeRules(state, branch).filter((r) => r.type === 'required_status_checks')) {
    strict ||= Boolean(rule.parameters?.strict_required_status_checks_policy);
    for (const check of rule.parameters?.required_status_checks ?? []) {
      checks.push({
        context: check.context,
        integrationId: check.integration_id ?? null,
        source: `ruleset "${rule.ruleset.name}"`,
      });
    }
  }
  return { checks, strict };
}

/**
 * How one required check stands on a commit: 'success', 'pending', 'failing' or 'expected' (nothing reported).
 * @param {import('./state.js').RepositoryState} state
 * @param {string} sha
 * @param {RequiredCheck} check
 */
export function checkState(state, sha, check) {
  const fromApp = (/** @type {number | null} */ appId) => check.integrationId === null || appId === check.integrationId;
  const statuses = state.statusesWith(sha, check.context).filter((s) => fromApp(s.appId));
  const runs = (state.checkRuns.get(sha) ?? []).filter((r) => r.name === check.context && fromApp(r.appId));
  const results = [];
  const status = statuses.at(-1);
  if (status) results.push(status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failing');
  const run = runs.at(-1);
  if (run) {
    const passed = ['success', 'neutral', 'skipped'].includes(run.conclusion ?? '');
    results.push(passed ? 'success' : run.conclusion === null ? 'pending' : 'failing');
  }
  if (results.length === 0) return 'expected';
  if (results.includes('success')) return 'success';
  return results.includes('pending') ? 'pending' : 'failing';
}

/**
 * Whether the required checks pass on a commit, with one reason per check that does not.
 * @param {import('./state.js').RepositoryState} state
 * @param {string} sha
 * @param {string} branch the base branch whose rules apply
 * @returns {string[]}
 */
export function checkReasons(state, sha, branch) {
  const { checks } = requiredChecks(state, branch);
  return checks.flatMap((check) => {
    const stand = checkState(state, sha, check);
    if (stand === 'success') return [];
    const from = check.integrationId === null ? '' : ` from app ${check.integrationId}`;
    const what = { expected: 'is expected', pending: 'is pending', failing: 'is failing' }[stand];
    return [`required status check "${check.context}"${from} ${what} on ${sha.slice(0, 7)} (${check.source})`];
  });
}

/**
 * Can this pull request be merged now, as GitHub decides it for someone without bypass rights?
 * @param {import('./state.js').RepositoryState} state
 * @param {import('./state.js').Pull} pull
 * @returns {MergeVerdict}
 */
export function evaluatePull(state, pull) {
  /** @type {string[]} */
  const reasons = [];
  if (pull.state !== 'open') reasons.push('pull request is closed');
  if (pull.draft) reasons.push('pull request is a draft');
  reasons.push(...checkReasons(state, pull.head.sha, pull.base.ref));
  const { strict } = requiredChecks(state, pull.base.ref);
  const tip = state.branches.get(pull.base.ref);
  // A head added without parents has unknown history: it counts as based on the pull request's base.
  const unknown = state.parents.get(pull.head.sha) === null && tip === pull.base.sha;
  if (strict && tip && tip !== pull.head.sha && !unknown && !state.ancestry(pull.head.sha).has(tip)) {
    reasons.push(`head branch is not up to date with ${pull.base.ref}`);
  }
  const needed = requiredApprovals(state, pull.base.ref);
  if (needed > 0) {
    const approvals = approvingReviewers(state, pull).length;
    if (approvals < needed) reasons.push(`${needed} approving review(s) required, ${approvals} given`);
  }
  return { mergeable: reasons.length === 0, reasons };
}

/**
 * Would a merge group with this head commit pass its required checks? (The queue merges it when they pass.)
 * @param {import('./state.js').RepositoryState} state
 * @param {string} headSha `merge_group.head_sha`
 * @param {string} branch the queue's base branch
 * @returns {MergeVerdict}
 */
export function evaluateGroup(state, headSha, branch) {
  const reasons = checkReasons(state, headSha, branch);
  return { mergeable: reasons.length === 0, reasons };
}

/**
 * The approving reviews the most demanding rule asks for on a branch.
 * @param {import('./state.js').RepositoryState} state
 * @param {string} branch
 */
function requiredApprovals(state, branch) {
  const fromProtection = state.protections.get(branch)?.required_pull_request_reviews?.required_approving_review_count;
  const fromRules = activeRules(state, branch)
    .filter((r) => r.type === 'pull_request')
    .map((r) => r.parameters?.required_approving_review_count ?? 0);
  return Math.max(fromProtection ?? 0, ...fromRules, 0);
}

/**
 * Users whose latest non-comment review is an approval and who have write access: only their approvals count
 * toward required reviews (docs: "approvals from people with write access").
 * @param {import('./state.js').RepositoryState} state
 * @param {import('./state.js').Pull} pull
 */
function approvingReviewers(state, pull) {
  /** @type {Map<string, string>} */
  const verdicts = new Map();
  for (const review of pull.reviews) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    verdicts.set(review.user.login.toLowerCase(), review.state);
  }
  return [...verdicts]
    .filter(([, verdict]) => verdict === 'APPROVED')
    .filter(([login]) => ['admin', 'maintain', 'write'].includes(state.collaborator(login)?.permission ?? 'none'))
    .map(([login]) => login);
}

/**
 * Whether a branch requires merging through a merge queue (a `merge_queue` rule in an active ruleset).
 * @param {import('./state.js').RepositoryState} state
 * @param {string} branch
 */
export function mergeQueueRequired(state, branch) {
  return activeRules(state, branch).some((r) => r.type === 'merge_queue');
}

/**
 * GitHub's 405 message for a merge the rules refuse (observed wording: `Required status check "x" is
 * expected.` under branch protection; `Repository rule violations found` under rulesets).
 * @param {import('./state.js').RepositoryState} state
 * @param {import('./state.js').Pull} pull
 * @returns {string | null}
 */
export function mergeRefusal(state, pull) {
  if (pull.draft || pull.state !== 'open') return 'Pull Request is not mergeable';
  if (mergeQueueRequired(state, pull.base.ref)) {
    return 'Repository rule violations found\n\nChanges must be made through the merge queue\n\n';
  }
  const { checks } = requiredChecks(state, pull.base.ref);
  const failing = checks.filter((check) => checkState(state, pull.head.sha, check) !== 'success');
  const protectionFirst = failing.find((c) => c.source === 'branch protection');
  if (protectionFirst) {
    const stand = checkState(state, pull.head.sha, protectionFirst);
    return `Required status check "${protectionFirst.context}" is ${stand === 'failing' ? 'failing' : 'expected'}.`;
  }
  if (failing.length > 0) {
    const fromRules = checks.filter((c) => c.source !== 'branch protection').length;
    return `Repository rule violations found\n\n${failing.length} of ${fromRules} required status checks have not succeeded.\n\n`;
  }
  const verdict = evaluatePull(state, pull);
  return verdict.mergeable ? null : 'Pull Request is not mergeable';
}

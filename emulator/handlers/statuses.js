/**
 * Commit statuses: created by the token's identity on a commit, the latest one per context counting (contexts
 * compare case-insensitively), the combined state across contexts, and GitHub's limits — a description of at
 * most 140 characters and 1,000 statuses per commit and context.
 */
import { nodeId, repositoryPayload, userPayload } from '../payloads.js';
import { errorReply, validationFailed } from '../replies.js';
import { pageReply } from './context.js';

/** GitHub refuses longer descriptions (observed: "description is too long (maximum is 140 characters)"). */
export const MAX_STATUS_DESCRIPTION = 140;
/** "There is a limit of 1000 statuses per sha and context within a repository" (REST docs). */
export const MAX_STATUSES_PER_CONTEXT = 1000;

/**
 * A status object.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {import('../state.js').CommitStatus} status
 */
export function statusPayload(ctx, status) {
  const creator = userPayload(ctx.api, status.creator.login, status.creator.type);
  return {
    url: `${ctx.api}/repos/${ctx.state.fullName}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
    creator,
  };
}

/**
 * The combined state GitHub documents: failure when any context's latest status is error or failure, pending
 * when there is none or one is pending, success when every context's latest status is success.
 * @param {readonly { state: string }[]} latest
 */
export function combinedState(latest) {
  if (latest.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

/** @type {import('./context.js').Handler} */
export function createStatus(ctx) {
  const { state } = ctx;
  const sha = String(ctx.params.sha);
  const docs = ctx.operation.docs;
  // Only a commit's full id names it here (observed: a branch name or unknown id is "No commit found").
  if (!state.commits.has(sha)) return errorReply(422, `No commit found for SHA: ${sha}`, docs);
  /** @type {{ state: string, target_url?: string | null, description?: string | null, context?: string }} */
  const body = ctx.body;
  const description = body.description ?? null;
  if (description !== null && [...description].length > MAX_STATUS_DESCRIPTION) {
    const message = `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`;
    return validationFailed(docs, [{ resource: 'Status', code: 'custom', field: 'description', message }]);
  }
  const context = body.context ?? 'default';
  if (state.statusesWith(sha, context).length >= MAX_STATUSES_PER_CONTEXT) {
    const message = 'This SHA and context has reached the maximum number of statuses.';
    return validationFailed(docs, [{ resource: 'Status', code: 'custom', field: 'context', message }]);
  }
  const status = state.addStatus(sha, { ...body, description, context });
  return {
    status: 201,
    body: statusPayload(ctx, status),
    headers: { location: `${ctx.api}/repos/${state.fullName}/statuses/${sha}` },
  };
}

/**
 * The commit a `{ref}` path parameter names (a sha, a branch or `heads/…`), or GitHub's 422.
 * @param {import('./context.js').HandlerContext} ctx
 */
function refCommit(ctx) {
  const ref = String(ctx.params.ref);
  const sha = ctx.state.resolveRef(ref.replace(/^heads\//, ''));
  return sha ?? errorReply(422, `No commit found for SHA: ${ref}`, ctx.operation.docs);
}

/** @type {import('./context.js').Handler} */
export function getCombinedStatus(ctx) {
  const { state, api } = ctx;
  const sha = refCommit(ctx);
  if (typeof sha !== 'string') return sha;
  const latest = state.latestStatuses(sha);
  const page = pageReply(
    ctx,
    // simple-commit-status: the status without its creator.
    latest.map((status) => {
      const { creator: _creator, ...simple } = statusPayload(ctx, status);
      return simple;
    }),
  );
  const repo = repositoryPayload(api, {
    fullName: state.fullName,
    id: state.repositoryId,
    defaultBranch: state.defaultBranch,
  });
  return {
    ...page,
    body: {
      state: combinedState(latest),
      statuses: page.body,
      sha,
      total_count: latest.length,
      repository: repo,
      commit_url: `${api}/repos/${state.fullName}/commits/${sha}`,
      url: `${api}/repos/${state.fullName}/commits/${sha}/status`,
    },
  };
}

/** @type {import('./context.js').Handler} */
export function listStatuses(ctx) {
  const sha = refCommit(ctx);
  if (typeof sha !== 'string') return sha;
  const all = [...(ctx.state.statuses.get(sha) ?? [])].reverse();
  return pageReply(
    ctx,
    all.map((status) => statusPayload(ctx, status)),
  );
}

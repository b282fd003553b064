/**
 * Issue comments on pull requests. New comments are authored by the token's identity (github-actions[bot]
 * by default), which is what lets an action recognise its own sticky comment; bodies over 65,536 characters
 * are refused as on GitHub.
 */
import { nodeId } from '../payloads.js';
import { errorReply, notFound, validationFailed } from '../replies.js';
import { actorPayload, association, findPull, pageReply } from './context.js';

export const MAX_COMMENT_BODY = 65536;
/**
 * GitHub's 403 for a comment on a locked conversation (observed in public reports, with the locking-conversations
 * article as documentation_url; labels and review requests still work).
 */
export const LOCKED_MESSAGE = 'Unable to create comment because issue is locked.';

/**
 * Who may still comment on a locked conversation: people with write access do (GitHub's locking docs);
 * an app or GITHUB_TOKEN identity is refused (observed: github-actions[bot], Renovate, Probot apps get 403).
 * @param {import('./context.js').HandlerContext} ctx
 */
function canCommentWhenLocked(ctx) {
  const { identity } = ctx.state;
  if (identity.type === 'Bot') return false;
  const role = ctx.state.collaborator(identity.login)?.permission ?? 'none';
  return ['admin', 'maintain', 'write'].includes(role);
}

/**
 * @param {import('./context.js').HandlerContext} ctx
 * @param {import('../state.js').Comment} comment
 */
function commentPayload(ctx, comment) {
  const { state, api } = ctx;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${api}/repos/${state.fullName}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${state.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: actorPayload(ctx, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${api}/repos/${state.fullName}/issues/${comment.issueNumber}`,
    author_association: association(state, comment.user.login),
    performed_via_github_app: null,
  };
}

/**
 * GitHub's refusal of an over-long body, or null. GitHub counts characters, not UTF-16 units.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {string} body
 */
function tooLong(ctx, body) {
  if ([...body].length <= MAX_COMMENT_BODY) return null;
  const message = `Body is too long (maximum is ${MAX_COMMENT_BODY} characters)`;
  return validationFailed(ctx.operation.docs, [
    { resource: 'IssueComment', code: 'unprocessable', field: 'data', message },
  ]);
}

/**
 * @param {import('./context.js').HandlerContext} ctx
 */
function findComment(ctx) {
  return ctx.state.comments.get(Number(ctx.params.comment_id)) ?? null;
}

/** @type {import('./context.js').Handler} */
export function listComments(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  const since = ctx.query.since === undefined ? null : String(ctx.query.since);
  const comments = ctx.state.commentsOn(pull.number).filter((c) => since === null || c.updated_at >= since);
  return pageReply(
    ctx,
    comments.map((comment) => commentPayload(ctx, comment)),
  );
}

/** @type {import('./context.js').Handler} */
export function createComment(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  const body = String(ctx.body.body);
  const refused = tooLong(ctx, body);
  if (refused) return refused;
  if (pull.locked && !canCommentWhenLocked(ctx)) {
    return errorReply(403, LOCKED_MESSAGE, 'https://help.github.com/articles/locking-conversations/');
  }
  const comment = ctx.state.addComment(pull.number, { user: ctx.state.identity, body });
  return {
    status: 201,
    body: commentPayload(ctx, comment),
    headers: { location: `${ctx.api}/repos/${ctx.state.fullName}/issues/comments/${comment.id}` },
  };
}

/** @type {import('./context.js').Handler} */
export function getComment(ctx) {
  const comment = findComment(ctx);
  if (!comment) return notFound(ctx.operation.docs);
  return { status: 200, body: commentPayload(ctx, comment) };
}

/** @type {import('./context.js').Handler} */
export function updateComment(ctx) {
  const comment = findComment(ctx);
  if (!comment) return notFound(ctx.operation.docs);
  const body = String(ctx.body.body);
  const refused = tooLong(ctx, body);
  if (refused) return refused;
  comment.body = body;
  comment.updated_at = ctx.state.now();
  return { status: 200, body: commentPayload(ctx, comment) };
}

/** @type {import('./context.js').Handler} */
export function deleteComment(ctx) {
  if (!findComment(ctx)) return notFound(ctx.operation.docs);
  ctx.state.comments.delete(Number(ctx.params.comment_id));
  return { status: 204 };
}

/**
 * Review requests and reviews. Requesting is all or nothing, as on GitHub (observed): one login that is not a
 * collaborator, the author, or a team the token cannot resolve fails the whole request and nobody is added.
 */
import { nodeId, stableId, teamPayload, userPayload } from '../payloads.js';
import { AUTHOR_REQUESTED, NOT_COLLABORATOR, UNRESOLVED_NODE, errorReply, notFound } from '../replies.js';
import { includesName } from '../state.js';
import { actorPayload, association, findPull, pageReply } from './context.js';
import { pullPayload } from './pulls.js';

/** @type {import('./context.js').Handler} */
export function listRequestedReviewers(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  return {
    status: 200,
    body: {
      users: pull.requestedReviewers.map((login) => userPayload(ctx.api, login)),
      teams: pull.requestedTeams.map((slug) => teamPayload(ctx.api, { org: ctx.state.owner, slug })),
    },
  };
}

/**
 * Why GitHub would refuse this review request, or null when it would accept it.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {import('../state.js').Pull} pull
 * @param {string[]} users
 * @param {string[]} teams
 * @returns {import('../replies.js').Reply | null}
 */
function refusal(ctx, pull, users, teams) {
  const { state, behaviour, operation } = ctx;
  if (users.length + teams.length > behaviour.maxReviewersPerRequest) {
    // GitHub documents no number; 15 is the observed safe batch size, so a larger batch is a caller bug here.
    return errorReply(
      422,
      `Review requests are limited to ${behaviour.maxReviewersPerRequest} users and teams at once (emulator limit).`,
      operation.docs,
    );
  }
  if (includesName(users, pull.user.login)) return errorReply(422, AUTHOR_REQUESTED, operation.docs);
  if (teams.length > 0 && !behaviour.tokenCanSeeTeams) {
    const id = stableId(`team:${state.owner}/${teams[0]}`.toLowerCase());
    return errorReply(422, UNRESOLVED_NODE(nodeId('Team', id)), operation.docs);
  }
  const strangers = [
    ...users.filter((login) => !state.collaborator(login)),
    ...teams.filter((slug) => !state.team(slug)),
  ];
  if (strangers.length > 0) return errorReply(422, NOT_COLLABORATOR(state.fullName), operation.docs);
  return null;
}

/** @type {import('./context.js').Handler} */
export function requestReviewers(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  /** @type {string[]} */
  const users = ctx.body?.reviewers ?? [];
  /** @type {string[]} */
  const teams = ctx.body?.team_reviewers ?? [];
  const refused = refusal(ctx, pull, users, teams);
  if (refused) return refused;
  for (const login of users) {
    const known = /** @type {{ login: string }} */ (ctx.state.collaborator(login));
    if (!includesName(pull.requestedReviewers, login)) pull.requestedReviewers.push(known.login);
  }
  for (const slug of teams) {
    const team = /** @type {import('../state.js').Team} */ (ctx.state.team(slug));
    if (!includesName(pull.requestedTeams, slug)) pull.requestedTeams.push(team.slug);
  }
  pull.updatedAt = ctx.state.now();
  return { status: 201, body: pullPayload(ctx, pull) };
}

/** @type {import('./context.js').Handler} */
export function listReviews(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  const { state, api } = ctx;
  const pullUrl = `${api}/repos/${state.fullName}/pulls/${pull.number}`;
  // A pending review is visible to its author only.
  const visible = pull.reviews.filter((r) => r.state !== 'PENDING' || r.user.login === state.identity.login);
  const reviews = visible.map((review) => {
    const htmlUrl = `https://github.com/${state.fullName}/pull/${pull.number}#pullrequestreview-${review.id}`;
    return {
      id: review.id,
      node_id: nodeId('PullRequestReview', review.id),
      user: actorPayload(ctx, review.user),
      body: review.body,
      state: review.state,
      html_url: htmlUrl,
      pull_request_url: pullUrl,
      author_association: association(state, review.user.login),
      _links: { html: { href: htmlUrl }, pull_request: { href: pullUrl } },
      ...(review.state === 'PENDING' ? {} : { submitted_at: review.submitted_at }),
      commit_id: review.commit_id,
    };
  });
  return pageReply(ctx, reviews);
}

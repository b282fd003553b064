/**
 * What every handler receives, and the helpers several of them share: finding the pull request a path names,
 * answering one page of a list, and GitHub's author_association.
 */
import { paginate } from '../pagination.js';
import { labelPayload, userPayload } from '../payloads.js';

/**
 * @typedef {object} EmulatorBehaviour
 * @property {boolean} tokenCanSeeTeams false: team review requests fail as with GITHUB_TOKEN
 * @property {number} maxReviewersPerRequest users + teams accepted in one review request
 * @property {import('../permissions.js').TokenPermissions | null} tokenPermissions what the token was granted;
 *   null: everything
 */
/**
 * @typedef {object} HandlerContext
 * @property {import('../state.js').RepositoryState} state
 * @property {string} api the emulator's base URL, for links in payloads
 * @property {Record<string, string | number>} params typed path parameters
 * @property {Record<string, string | number | boolean>} query typed query parameters
 * @property {URLSearchParams} search the query as sent, for pagination links
 * @property {any} body the parsed JSON body, undefined when none
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {import('../routes.js').Operation} operation
 * @property {EmulatorBehaviour} behaviour
 * @property {string} linkBase this path as GitHub links it in pagination (`/repositories/{id}/…`)
 * @property {boolean} readOnly the token may only read
 * @property {{ limit: number, used: number, remaining: number, reset: number }} rate the token's budget
 * @property {import('../faults.js').GraphqlBudget} graphqlRate the token's GraphQL point budget
 */
/** @typedef {(ctx: HandlerContext) => import('../replies.js').Reply} Handler */

/**
 * The pull request named by `pull_number` or `issue_number` (the emulator's issues are its pull requests).
 * @param {HandlerContext} ctx
 */
export function findPull(ctx) {
  const number = Number(ctx.params.pull_number ?? ctx.params.issue_number);
  return ctx.state.pull(number);
}

/**
 * A 200 answer with one page of `items` and GitHub's Link header.
 * @param {HandlerContext} ctx
 * @param {readonly unknown[]} items
 * @returns {import('../replies.js').Reply}
 */
export function pageReply(ctx, items) {
  const page = paginate(items, { linkBase: ctx.linkBase, search: ctx.search, query: ctx.query });
  return { status: 200, body: page.items, headers: page.link ? { link: page.link } : {} };
}

/**
 * How GitHub describes a person's relation to the repository on comments, reviews and pull requests.
 * @param {import('../state.js').RepositoryState} state
 * @param {string} login
 */
export function association(state, login) {
  if (login.toLowerCase() === state.owner.toLowerCase()) return 'OWNER';
  return state.collaborator(login) ? 'COLLABORATOR' : 'CONTRIBUTOR';
}

/**
 * A user payload for an actor.
 * @param {HandlerContext} ctx
 * @param {import('../state.js').Actor} actor
 */
export function actorPayload(ctx, actor) {
  return userPayload(ctx.api, actor.login, actor.type);
}

/**
 * The labels on a pull request as GitHub lists them: alphabetical, case-insensitively.
 * @param {HandlerContext} ctx
 * @param {import('../state.js').Pull} pull
 */
export function issueLabels(ctx, pull) {
  return pull.labels
    .map((name) => /** @type {import('../state.js').Label} */ (ctx.state.label(name)))
    .sort(byName)
    .map((label) => labelPayload(ctx.api, ctx.state.fullName, label));
}

/**
 * Orders labels by name, case-insensitively and independently of the locale.
 * @param {{ name: string }} a
 * @param {{ name: string }} b
 */
export function byName(a, b) {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Replies as handlers return them, and GitHub's error bodies with GitHub's wording, so an action's error
 * handling meets the same messages it meets in production.
 */

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {unknown} [body] serialised as JSON unless `raw` is given
 * @property {import('node:buffer').Buffer | string} [raw] sent as is (raw file contents, diffs)
 * @property {Record<string, string>} [headers]
 * @property {boolean} [afterWrite] an injected failure sent after the handler ran (see FailureRule)
 */

export const DOCS_ROOT = 'https://docs.github.com/rest';
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

/** GitHub's 403 for a token lacking a permission, e.g. GITHUB_TOKEN on a fork's `pull_request` run. */
export const NOT_ACCESSIBLE = 'Resource not accessible by integration';
/** GitHub's 422 for a review request naming anyone who is not a collaborator (observed). */
export const NOT_COLLABORATOR = (/** @type {string} */ fullName) =>
  `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${fullName} repository.`;
/** GitHub's 422 when the author is among the requested reviewers (observed). */
export const AUTHOR_REQUESTED = 'Review cannot be requested from pull request author.';
/** GitHub's 422 for a team the token cannot see (GITHUB_TOKEN has no organisation read access; observed). */
export const UNRESOLVED_NODE = (/** @type {string} */ id) =>
  `Could not resolve to a node with the global id of '${id}'.`;

/**
 * An error reply in GitHub's format: message, documentation_url and the status repeated as a string.
 * @param {number} status
 * @param {string} message
 * @param {string | null | undefined} docs the operation's documentation
 * @param {Record<string, unknown>} [extra] e.g. `{ errors: [...] }`
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function errorReply(status, message, docs, extra = {}, headers = {}) {
  return { status, body: { message, ...extra, documentation_url: docs ?? DOCS_ROOT, status: String(status) }, headers };
}

/**
 * @param {string | null} [docs]
 * @returns {Reply}
 */
export function notFound(docs) {
  return errorReply(404, 'Not Found', docs);
}

/**
 * GitHub's 422 for a model that failed validation, with one entry per failed field.
 * @param {string | null | undefined} docs
 * @param {Array<{ resource: string, code: string, field: string, message?: string, value?: unknown }>} errors
 * @returns {Reply}
 */
export function validationFailed(docs, errors) {
  return errorReply(422, 'Validation Failed', docs, { errors });
}

/**
 * GitHub's 422 for a request body that does not follow the operation's schema.
 * @param {string | null | undefined} docs
 * @param {readonly string[]} details
 * @returns {Reply}
 */
export function invalidRequest(docs, details) {
  return errorReply(422, `Invalid request.\n\n${details.join('\n')}`, docs);
}

/**
 * The primary rate limit reply: 403 with `x-ratelimit-remaining: 0` (the headers are added by the server).
 * @returns {Reply}
 */
export function primaryRateLimited() {
  return errorReply(403, 'API rate limit exceeded for installation. Wait until x-ratelimit-reset.', RATE_LIMIT_DOCS);
}

/**
 * A secondary rate limit reply, 403 or 429 with `retry-after` as GitHub sends it.
 * @param {number} status
 * @param {number} retryAfter seconds
 * @returns {Reply}
 */
export function secondaryRateLimited(status, retryAfter) {
  const message =
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    'If you reach out to GitHub Support for help, please include the request ID.';
  return errorReply(status, message, RATE_LIMIT_DOCS, {}, { 'retry-after': String(retryAfter) });
}

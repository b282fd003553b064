/**
 * What tests inject: failures for the next matching requests, secondary and primary rate limits, and a
 * read-only token. Kept apart from the repository state so a test can break the transport without touching data.
 */
import { errorReply, primaryRateLimited, secondaryRateLimited } from './replies.js';

/**
 * @typedef {object} FailureRule
 * @property {string} [method] any method when absent
 * @property {RegExp | string} [path] a RegExp tested against the path, or the exact path; any path when absent
 * @property {number} status e.g. 502
 * @property {number} [times] how many matching requests fail. Defaults to 1
 * @property {string} [message] defaults to the status's usual text
 * @property {Record<string, string>} [headers] extra response headers
 * @property {boolean} [secondaryRateLimit] answer as a secondary rate limit (GitHub's message and retry-after)
 * @property {number} [retryAfter] seconds, for secondary rate limits. Defaults to 1
 * @property {boolean} [afterWrite] perform the request, then answer with the failure: a response lost on the way
 *   back (a 502 from a proxy after the write happened), for testing that a client does not retry blindly
 */

/** The messages GitHub's front end gives these statuses. */
const STATUS_TEXT = new Map([
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [422, 'Validation Failed'],
  [429, 'Too Many Requests'],
  [500, 'Server Error'],
  [502, 'Server Error'],
  [503, 'Service Unavailable'],
  [
    504,
    'We couldn’t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
  ],
]);
const HOUR = 3600;

/**
 * The GraphQL point budget: separate from REST's (docs: "The REST API also has a separate primary rate limit"),
 * 1,000 points an hour for GITHUB_TOKEN (docs: "1,000 points per hour per repository"), reported with
 * `x-ratelimit-resource: graphql`.
 */
export class GraphqlBudget {
  /** @param {number} limit points per hour */
  constructor(limit) {
    this.limit = limit;
    this.remaining = limit;
    this.resetAt = Math.ceil(Date.now() / 1000) + HOUR;
  }

  /** @param {number} nowMs */
  refill(nowMs) {
    const now = Math.floor(nowMs / 1000);
    if (now >= this.resetAt) {
      this.remaining = this.limit;
      this.resetAt = now + HOUR;
    }
  }

  /** @param {number} cost */
  charge(cost) {
    this.remaining = Math.max(0, this.remaining - cost);
  }

  /**
   * Empties the budget until `resetInSeconds` from now.
   * @param {number} resetInSeconds
   */
  exhaust(resetInSeconds) {
    this.remaining = 0;
    this.resetAt = Math.ceil(Date.now() / 1000) + resetInSeconds;
  }

  /**
   * @param {number} remaining
   * @returns {Record<string, string>}
   */
  headers(remaining) {
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.limit - remaining),
      'x-ratelimit-resource': 'graphql',
    };
  }
}

/** Injected failures, the rate-limit budgets and the read-only switch. */
export class Faults {
  /**
   * @param {{ rateLimit?: number, graphqlRateLimit?: number }} [options] REST requests and GraphQL points per
   *   hour. Both default to 1,000, GITHUB_TOKEN's budgets
   */
  constructor(options = {}) {
    this.graphql = new GraphqlBudget(options.graphqlRateLimit ?? 1000);
    /** @type {Array<FailureRule & { times: number }>} */
    this.rules = [];
    this.readOnly = false;
    this.limit = options.rateLimit ?? 1000;
    this.remaining = this.limit;
    this.resetAt = Math.ceil(Date.now() / 1000) + HOUR;
  }

  /**
   * Makes the next `times` requests matching the rule fail.
   * @param {FailureRule} rule
   */
  failNext(rule) {
    this.rules.push({ ...rule, times: rule.times ?? 1 });
  }

  /**
   * Exhausts the primary rate limit until `resetInSeconds` from now; the budget refills then.
   * @param {{ resetInSeconds?: number }} [options] defaults to 1 second
   */
  exhaustRateLimit(options = {}) {
    this.remaining = 0;
    this.resetAt = Math.ceil(Date.now() / 1000) + (options.resetInSeconds ?? 1);
  }

  /**
   * Counts a request against the budget. Real time here, unlike the state's clock: Octokit's throttling
   * waits until `x-ratelimit-reset` by the wall clock.
   * @param {number} nowMs
   * @returns {{ limited: boolean, headers: Record<string, string> }}
   */
  count(nowMs) {
    const now = Math.floor(nowMs / 1000);
    if (now >= this.resetAt) {
      this.remaining = this.limit;
      this.resetAt = now + HOUR;
    }
    const limited = this.remaining === 0;
    if (!limited) this.remaining -= 1;
    return {
      limited,
      headers: {
        'x-ratelimit-limit': String(this.limit),
        'x-ratelimit-remaining': String(this.remaining),
        'x-ratelimit-reset': String(this.resetAt),
        'x-ratelimit-used': String(this.limit - this.remaining),
        'x-ratelimit-resource': 'core',
      },
    };
  }

  /** @returns {import('./replies.js').Reply} */
  rateLimited() {
    return primaryRateLimited();
  }

  /**
   * The injected failure for this request, if a rule matches; uses up one of the rule's times.
   * @param {string} method
   * @param {string} path
   * @param {string | null} docs
   * @returns {import('./replies.js').Reply | null}
   */
  take(method, path, docs) {
    const index = this.rules.findIndex((rule) => matches(rule, method, path));
    if (index === -1) return null;
    const rule = this.rules[index];
    rule.times -= 1;
    if (rule.times <= 0) this.rules.splice(index, 1);
    const reply = rule.secondaryRateLimit
      ? secondaryRateLimited(rule.status, rule.retryAfter ?? 1)
      : errorReply(rule.status, rule.message ?? STATUS_TEXT.get(rule.status) ?? 'Error', docs);
    if (rule.message && rule.secondaryRateLimit) /** @type {any} */ (reply.body).message = rule.message;
    return { ...reply, headers: { ...reply.headers, ...rule.headers }, afterWrite: Boolean(rule.afterWrite) };
  }
}

/**
 * @param {FailureRule} rule
 * @param {string} method
 * @param {string} path
 */
function matches(rule, method, path) {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  if (typeof rule.path === 'string') return rule.path === path;
  rule.path.lastIndex = 0; // a /g RegExp remembers where it stopped
  return rule.path.test(path);
}

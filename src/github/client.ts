/**
 * The one Octokit the action uses: @actions/github's, with retries for transient failures (5xx) and the
 * throttling plugin for GitHub's primary and secondary rate limits.
 */
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** An authenticated REST client with pagination, retries and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Where retries and rate-limit waits are reported; the action passes `core.warning`. */
export type RetryLog = (message: string) => void;

export interface ClientOptions {
  /** The REST API root (`GITHUB_API_URL`); GitHub Enterprise Server and the emulator use their own. */
  baseUrl: string;
  /** Told about every rate-limit wait. Defaults to ignoring them. */
  log?: RetryLog;
}

/**
 * Transient 5xx failures are retried this many times, after 1 then 4 seconds (plugin-retry's quadratic
 * backoff): a blip passes, an outage fails the run within seconds instead of idling the runner.
 */
const SERVER_ERROR_RETRIES = 2;

/**
 * A secondary rate limit is retried after the `retry-after` GitHub sends, this many times. A handful of
 * writes per run should never need more; past that something else is hammering the repository.
 */
const SECONDARY_LIMIT_RETRIES = 3;

/**
 * The primary limit (1,000 requests an hour for GITHUB_TOKEN) is retried once, and only when it resets
 * soon: waiting most of an hour would burn the runner's minutes for nothing.
 */
const PRIMARY_LIMIT_MAX_WAIT_SECONDS = 60;

/**
 * Statuses plugin-retry must not retry: its defaults, plus 429, which the throttling plugin owns (it
 * honours `retry-after`; retrying it twice would multiply the requests).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Builds the client.
 *
 * @example createGitHubClient(token, { baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' })
 */
export function createGitHubClient(token: string, options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined);
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      userAgent: 'rust-patch-router',
      // Keep @actions/github's proxy-aware fetch: passing `request` replaces its defaults wholesale.
      request: { ...defaults.request },
      retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: DO_NOT_RETRY },
      throttle: {
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          if (count >= SECONDARY_LIMIT_RETRIES) {
            log(`Secondary rate limit on ${request.method} ${request.url}: giving up after ${count} retries.`);
            return false;
          }
          log(`Secondary rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s.`);
          return true;
        },
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
          if (count >= 1 || retryAfter > PRIMARY_LIMIT_MAX_WAIT_SECONDS) {
            log(`Rate limit exhausted on ${request.method} ${request.url}; it resets in ${retryAfter} s.`);
            return false;
          }
          log(`Rate limit exhausted on ${request.method} ${request.url}: retrying in ${retryAfter} s.`);
          return true;
        },
      },
    },
    retry,
    throttling,
  );
}

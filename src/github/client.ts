/**
 * The one Octokit the action uses: @actions/github's (Octokit with the REST methods and pagination), with retries
 * for transient failures (5xx) and the throttling plugin for GitHub's primary and secondary rate limits.
 *
 * Built from the same parts as @actions/github's `getOctokit`, with one difference in how requests go out:
 * @actions/github sends every request through the copy of undici it bundles, even without a proxy — half of
 * dist/index.js, loaded and compiled on every run. Here a request goes through Node's own fetch unless a proxy
 * applies to the API's URL (`https_proxy`/`HTTPS_PROXY`, `http_proxy`/`HTTP_PROXY`, minus `no_proxy`, as
 * @actions/http-client decides it); then @actions/github's proxy-aware fetch is loaded, on the first request.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const GitHubOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);

/** An authenticated REST and GraphQL client with pagination, retries and throttling. */
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

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
  return new GitHubOctokit({
    auth: token,
    baseUrl: options.baseUrl,
    userAgent: withOrchestrationId('rust-patch-router', process.env.ACTIONS_ORCHESTRATION_ID),
    request: { fetch: fetchFor(options.baseUrl) },
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
  });
}

/**
 * Node's fetch, or, when a proxy applies to `baseUrl`, @actions/github's proxy-aware fetch (loaded on the first
 * request, so a run without a proxy never loads undici).
 *
 * @example fetchFor('https://api.github.com') === globalThis.fetch // → true without HTTPS_PROXY
 */
export function fetchFor(baseUrl: string): typeof fetch {
  if (getProxyUrl(new URL(baseUrl)) === undefined) return globalThis.fetch;
  let proxied: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    proxied ??= import('./proxy-fetch.js').then(({ proxyFetch }) => proxyFetch);
    return (await proxied)(input, init);
  };
}

/**
 * The user agent with the run's orchestration id appended, as @actions/github does since 9.0 (GitHub uses it to
 * tell one workflow run's API calls from another's). Its own function lives in the module that builds the
 * proxy-aware fetch on load, so importing it would bring undici back into every run.
 *
 * @example withOrchestrationId('rust-patch-router', 'a1/b2') // → 'rust-patch-router actions_orchestration_id/a1_b2'
 */
export function withOrchestrationId(userAgent: string, orchestrationId: string | undefined): string {
  const id = orchestrationId?.trim();
  if (!id) return userAgent;
  return `${userAgent} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
}

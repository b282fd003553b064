/**
 * What GitHub says is left of each rate-limit budget, read from the `x-ratelimit-*` headers of every answer
 * (REST's `core` and GraphQL's points are separate budgets). The sweep reads it before each step so it stops
 * before GitHub refuses a request (docs/GATE.md, "The sweep").
 */
import type { GitHubClient } from './client.js';

/** One budget as the last answer reported it. */
export interface RateBudget {
  remaining: number;
  limit: number;
  /** When it refills, in seconds since the epoch. */
  reset: number;
}

/** The budgets seen so far, by resource (`core`, `graphql`, …). */
export class RateLimits {
  readonly #budgets = new Map<string, RateBudget>();

  /** The last report for `resource`; undefined before any answer from it. */
  get(resource: 'core' | 'graphql'): RateBudget | undefined {
    return this.#budgets.get(resource);
  }

  /** Sets a budget as `GET /rate_limit` reports it. */
  set(resource: string, budget: RateBudget): void {
    this.#budgets.set(resource, budget);
  }

  /** Records an answer's headers (lower-cased names, as Octokit gives them). */
  record(headers: Record<string, unknown> | undefined): void {
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    if (headers === undefined || !Number.isFinite(remaining)) return;
    const resource = typeof headers['x-ratelimit-resource'] === 'string' ? headers['x-ratelimit-resource'] : 'core';
    this.#budgets.set(resource, {
      remaining,
      limit: Number(headers['x-ratelimit-limit']) || 0,
      reset: Number(headers['x-ratelimit-reset']) || 0,
    });
  }
}

/**
 * Starts watching `client`'s answers, successful or not.
 *
 * @example const limits = watchRateLimits(client); await client.rest.pulls.get(…); limits.get('core')?.remaining // → 998
 */
export function watchRateLimits(client: GitHubClient): RateLimits {
  const limits = new RateLimits();
  client.hook.after('request', (response) => limits.record(response.headers as Record<string, unknown>));
  client.hook.error('request', (error) => {
    const response = (error as { response?: { headers?: Record<string, unknown> } }).response;
    limits.record(response?.headers);
    throw error;
  });
  return limits;
}

/** `GET /rate_limit`: what is left of each budget before the first request spends any of it. */
import type { GitHubClient } from './client.js';
import type { RateLimits } from './rate-limits.js';
import { describeRequestFailure } from './request-failure.js';

/**
 * Records the REST (`core`) and GraphQL budgets in `limits`, so a sweep knows them before its first page
 * (GitHub does not count this request against the REST budget).
 *
 * @example await readRateLimits(client, limits); limits.get('graphql')?.remaining // → 4998
 */
export async function readRateLimits(client: GitHubClient, limits: RateLimits): Promise<void> {
  try {
    const { data } = await client.rest.rateLimit.get();
    for (const [resource, budget] of Object.entries({ core: data.resources.core, graphql: data.resources.graphql })) {
      if (budget !== undefined)
        limits.set(resource, { remaining: budget.remaining, limit: budget.limit, reset: budget.reset });
    }
  } catch (error) {
    throw describeRequestFailure('read the rate limits', error);
  }
}

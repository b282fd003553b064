/**
 * When the sweep stops for the rate limit (docs/GATE.md, "The sweep"): before a step that could take GitHub
 * past what is left, so GitHub never has to refuse a request — a refused one would fail the run, or make the
 * throttling plugin idle the runner until the hour resets. Pure: the budgets come from the answers' headers.
 */
import type { RateBudget } from '../github/rate-limits.js';

/**
 * REST requests kept back before each PR: what one changed PR can cost (reading its files with patches,
 * reading it again before the first write, labels, review requests, the comment and its re-list, the status),
 * with room for its `error` status should it fail.
 */
export const REST_RESERVE = 40;

/**
 * GraphQL points kept back besides the next page's cost: a relayed PR read again, tips and directory lookups,
 * a policy edit's preview (a few points each).
 */
export const GRAPHQL_RESERVE = 20;

/** A page's cost before any page was read: 50 PRs with six connections each is about 3 points. */
export const FIRST_PAGE_COST = 5;

export interface Budgets {
  core?: RateBudget;
  graphql?: RateBudget;
}

/**
 * Why to stop before the next step, or null to go on. `next` is a page of PRs (GraphQL) or one PR (mostly
 * REST); `pageCost` the last page's cost in points.
 *
 * @example stopReason({ core: { remaining: 12, limit: 1000, reset: 1767606000 } }, 'pull', 3)
 *   // → 'the REST API has 12 requests left (40 kept back) until 09:40:00 UTC'
 */
export function stopReason(budgets: Budgets, next: 'page' | 'pull', pageCost: number): string | null {
  const { core, graphql } = budgets;
  if (core !== undefined && core.remaining < REST_RESERVE) {
    return `the REST API has ${core.remaining} requests left (${REST_RESERVE} kept back) until ${clock(core.reset)}`;
  }
  const needed = (next === 'page' ? pageCost : 0) + GRAPHQL_RESERVE;
  if (graphql !== undefined && graphql.remaining < needed) {
    return `the GraphQL API has ${graphql.remaining} points left (${needed} needed) until ${clock(graphql.reset)}`;
  }
  return null;
}

function clock(reset: number): string {
  return reset > 0 ? `${new Date(reset * 1000).toISOString().slice(11, 19)} UTC` : 'it resets';
}

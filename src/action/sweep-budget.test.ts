import { GRAPHQL_RESERVE, REST_RESERVE, stopReason } from './sweep-budget.js';

const reset = Date.UTC(2026, 0, 5, 9, 40) / 1000;

describe('stopReason', () => {
  it.each([
    ['nothing known yet: go on', {}, 'pull', 3, null],
    [
      'plenty left: go on',
      { core: { remaining: 900, limit: 1000, reset }, graphql: { remaining: 900, limit: 1000, reset } },
      'page',
      3,
      null,
    ],
    [
      'REST under the reserve: stop before the next PR',
      { core: { remaining: REST_RESERVE - 1, limit: 1000, reset } },
      'pull',
      3,
      `the REST API has ${REST_RESERVE - 1} requests left (${REST_RESERVE} kept back) until 09:40:00 UTC`,
    ],
    [
      'GraphQL short of the next page: stop before it',
      { graphql: { remaining: GRAPHQL_RESERVE + 2, limit: 1000, reset } },
      'page',
      3,
      `the GraphQL API has ${GRAPHQL_RESERVE + 2} points left (${GRAPHQL_RESERVE + 3} needed) until 09:40:00 UTC`,
    ],
    [
      'GraphQL enough for PRs of a page already read: go on',
      { graphql: { remaining: GRAPHQL_RESERVE + 2, limit: 1000, reset } },
      'pull',
      3,
      null,
    ],
  ] as const)('%s', (_name, budgets, next, cost, expected) => {
    expect(stopReason(budgets, next, cost)).toBe(expected);
  });
});

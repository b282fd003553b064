import { documentProblems } from './document-problems.test-helper.js';
import {
  OPEN_PULL_REQUESTS,
  PULL_REQUEST_BY_NUMBER,
  PULL_REQUEST_FACTS_FRAGMENT,
} from './pull-request-facts.graphql.js';

describe('pull-request-facts.graphql', () => {
  it.each([
    ['OpenPullRequests', OPEN_PULL_REQUESTS],
    ['PullRequestByNumber', PULL_REQUEST_BY_NUMBER],
  ])('%s is valid against GitHub’s published schema', (_name, document) => {
    expect(documentProblems(document)).toEqual([]);
  });

  it('asks every connection for at most 100 nodes (GitHub refuses more)', () => {
    const sizes = [...PULL_REQUEST_FACTS_FRAGMENT.matchAll(/\((?:first|last): (\d+)\)/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every((size) => size >= 1 && size <= 100)).toBe(true);
  });
});

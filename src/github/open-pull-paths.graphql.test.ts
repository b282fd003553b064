import { documentProblems } from './document-problems.test-helper.js';
import { OPEN_PULL_PATHS } from './open-pull-paths.graphql.js';

describe('open-pull-paths.graphql', () => {
  it('OpenPullPaths is valid against GitHub’s published schema', () => {
    expect(documentProblems(OPEN_PULL_PATHS)).toEqual([]);
  });
});

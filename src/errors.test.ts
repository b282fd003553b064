import { didYouMean, formatSourceError, sourceError } from './errors.js';

describe('errors', () => {
  it('formatSourceError prints file:line:col: message', () => {
    expect(formatSourceError(sourceError('BAD_GLOB', "unclosed '['", 'maintainers.yml', 3, 7))).toBe(
      "maintainers.yml:3:7: unclosed '['",
    );
  });
  it.each([
    ['opt-inn', ['core', 'opt-in', 'opt-out', 'undecided'], 'opt-in'],
    ['undecied', ['core', 'opt-in', 'opt-out', 'undecided'], 'undecided'],
    ['maintainer', ['maintainers', 'reviewers', 'files'], 'maintainers'],
    ['zzzzzz', ['core', 'opt-in'], undefined],
  ])('didYouMean(%s) suggests %s', (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });
});

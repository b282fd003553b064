import { handleProblem } from './github-handle.js';

describe('handleProblem', () => {
  it.each([
    'ojeda',
    'alex-gaynor',
    'a',
    '1234',
    'x'.repeat(39),
    'rust-for-linux/reviewers',
    'Rust-for-Linux/Block_Maintainers',
    'netdev/net.next',
  ])('handleProblem accepts %s', (handle) => {
    expect(handleProblem(handle)).toBeUndefined();
  });

  it.each([
    ['@ojeda', "'@ojeda' is not a GitHub login: write it without '@'"],
    [
      'ojeda@kernel.org',
      "'ojeda@kernel.org' is an e-mail address, not a GitHub login (map e-mails to logins under import.people)",
    ],
    ['-ojeda', "'-ojeda' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)"],
    ['ojeda-', "'ojeda-' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)"],
    [
      'alex--gaynor',
      "'alex--gaynor' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
    ],
    [
      'alex_gaynor',
      "'alex_gaynor' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
    ],
    [
      'Miguel Ojeda',
      "'Miguel Ojeda' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)",
    ],
    [
      'x'.repeat(40),
      `'${'x'.repeat(40)}' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)`,
    ],
    [
      'rust-for-linux/',
      "'rust-for-linux/' is not a GitHub team: write it as org/team-slug, e.g. rust-for-linux/reviewers",
    ],
    ['/reviewers', "'/reviewers' is not a GitHub team: write it as org/team-slug, e.g. rust-for-linux/reviewers"],
    ['a/b/c', "'a/b/c' is not a GitHub team: write it as org/team-slug, e.g. rust-for-linux/reviewers"],
  ])('handleProblem rejects %s', (handle, message) => {
    expect(handleProblem(handle)).toBe(message);
  });
});

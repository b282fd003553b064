import { formatSourceError } from '../errors.js';
import { parsePeopleMap } from './parse-people-map.js';

describe('parsePeopleMap', () => {
  it('reads e-mail → login or org/team, e-mails lower-cased', () => {
    expect(
      parsePeopleMap('Ojeda@Kernel.org: ojeda\nreviewers@example.org: rust-for-linux/reviewers\n', 'people.yml'),
    ).toEqual({
      value: { 'ojeda@kernel.org': 'ojeda', 'reviewers@example.org': 'rust-for-linux/reviewers' },
      errors: [],
      warnings: [],
    });
  });

  it('points at each bad entry', () => {
    const parsed = parsePeopleMap('ojeda: ojeda\na@b.c: "@x"\nlist: [1]\n', 'people.yml');
    expect(parsed.errors.map(formatSourceError)).toEqual([
      'people.yml:1:8: expected an e-mail address as key, not ojeda',
      "people.yml:2:8: a@b.c: '@x' is not a GitHub login: write it without '@'",
      'people.yml:3:1: expected an e-mail address as key, not list',
    ]);
  });
});

/**
 * What a GitHub handle may look like, checked when the policy is read so that a typo fails `validate`
 * instead of an all-or-nothing review request (one bad login makes GitHub reject the whole request).
 */

/**
 * GitHub's sign-up rule: letters, digits and single hyphens, not at either end, at most 39 characters.
 * Read it as: an alphanumeric, then up to 38 more, each an alphanumeric or a hyphen followed by one.
 */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** A team slug is its name lowercased with other characters turned into `-`; `_` and `.` survive. */
const TEAM_SLUG = /^[a-z\d][a-z\d_.-]{0,99}$/i;

/**
 * Says what is wrong with a handle written in the policy, or undefined when it is a valid login or
 * `org/team`.
 *
 * @example handleProblem('ojeda') // → undefined
 * @example handleProblem('@ojeda') // → "'@ojeda' is not a GitHub login: write it without '@'"
 */
export function handleProblem(handle: string): string | undefined {
  if (handle.startsWith('@')) return `'${handle}' is not a GitHub login: write it without '@'`;
  if (handle.includes('@')) {
    return `'${handle}' is an e-mail address, not a GitHub login (map e-mails to logins under import.people)`;
  }
  const slash = handle.indexOf('/');
  if (slash === -1) {
    if (LOGIN.test(handle)) return undefined;
    return `'${handle}' is not a GitHub login (letters, digits and single inner hyphens, at most 39 characters)`;
  }
  const org = handle.slice(0, slash);
  const team = handle.slice(slash + 1);
  if (LOGIN.test(org) && TEAM_SLUG.test(team)) return undefined;
  return `'${handle}' is not a GitHub team: write it as org/team-slug, e.g. rust-for-linux/reviewers`;
}

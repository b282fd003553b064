/** `GET /orgs/{org}/teams/{team_slug}`: 200 when the token can read the team, 404 or 403 when it cannot. */
import type { GitHubClient } from './client.js';
import { classifyRequestError, describeRequestFailure } from './request-failure.js';

/**
 * Whether the token can see `team` (written `org/team`), and so whether GitHub will accept it as a reviewer.
 * The default GITHUB_TOKEN cannot read an organisation's teams (404), nor can a GitHub App without
 * Members: read (403); a review request naming the team would then fail with 422 on every run, so a read
 * first saves a refused write each time.
 *
 * @example await isTeamVisible(client, 'rust-for-linux/reviewers') // → false with GITHUB_TOKEN
 */
export async function isTeamVisible(client: GitHubClient, team: string): Promise<boolean> {
  const slash = team.indexOf('/');
  try {
    await client.rest.teams.getByName({ org: team.slice(0, slash), team_slug: team.slice(slash + 1) });
    return true;
  } catch (error) {
    const { kind } = classifyRequestError(error);
    if (kind === 'not-found' || kind === 'read-only' || kind === 'forbidden') return false;
    throw describeRequestFailure(`check whether the token can see the team ${team}`, error);
  }
}

/**
 * Organisation teams as a token sees them. The default GITHUB_TOKEN cannot read an organisation's teams:
 * GitHub answers 404, as for a team that does not exist, so a client cannot tell the two apart.
 */
import { teamFullPayload } from '../payloads.js';
import { notFound } from '../replies.js';

/** @type {import('./context.js').Handler} */
export function getTeamByName(ctx) {
  const team = ctx.state.teamOf(String(ctx.params.org), String(ctx.params.team_slug));
  if (!team || !ctx.behaviour.tokenCanSeeTeams) return notFound(ctx.operation.docs);
  return { status: 200, body: teamFullPayload(ctx.api, team) };
}

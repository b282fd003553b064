/**
 * Check `teams`: a team (`org/team`) can be asked for review only with a token that can read the
 * organisation's teams — a GitHub App installation token with Members: read, or a PAT with read:org. The
 * workflow's default GITHUB_TOKEN cannot, so with it every team in the policy is reported and never asked
 * (docs/GATE.md, "Permissions"). Whether a team can lift a hold is the `acks` check's: it never can.
 */
import type { Policy } from '../model.js';
import { handlesOf } from './policy-people.js';
import { usesDefaultToken, type RouterStep } from './router-steps.js';
import { plural, summariseList } from './summarise.js';
import type { Finding } from './types.js';

export function checkTeams(policy: Policy, steps: readonly RouterStep[], policyPath: string): Finding[] {
  const { teams } = handlesOf(policy);
  if (teams.length === 0) return [];
  const names = summariseList(teams.map((t) => t.handle));
  const customToken = steps.length > 0 && steps.every(({ step }) => !usesDefaultToken(step));
  if (customToken) {
    return [
      {
        check: 'teams',
        severity: 'note',
        message: `The policy names ${plural(teams.length, 'team')} (${names}); the workflows pass their own \`token\`.`,
        fix: 'Make sure that token can read the organisation’s teams (an App with Members: read, or a PAT with read:org).',
        file: policyPath,
      },
    ];
  }
  return [
    {
      check: 'teams',
      severity: 'warning',
      message:
        `The policy names ${plural(teams.length, 'team')} (${names}), but the action runs with the workflow's ` +
        "GITHUB_TOKEN, which cannot see an organisation's teams: they are reported and never asked for review.",
      fix:
        "Pass a GitHub App installation token (Members: read) or a PAT with read:org as the action's `token`, " +
        'or list the people instead of the team.',
      file: policyPath,
    },
  ];
}

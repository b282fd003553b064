/**
 * Check `collaborators`: every login the policy names can be asked for review only if it is a collaborator
 * of the repository (GitHub refuses the request otherwise, and the action drops it). A login that is not one
 * is often a typo or a renamed account — and a renamed login can be registered by someone else.
 */
import type { Policy } from '../model.js';
import { handlesOf } from './policy-people.js';
import { plural, summariseList } from './summarise.js';
import type { Collaborator, Finding, Readable } from './types.js';

export function checkCollaborators(
  policy: Policy,
  collaborators: Readable<Collaborator[]>,
  policyPath: string,
): Finding[] {
  const { logins } = handlesOf(policy);
  if (logins.length === 0) return [];
  if (!('value' in collaborators)) {
    return [
      {
        check: 'collaborators',
        severity: 'not-checked',
        message: `Whether the policy's ${plural(logins.length, 'login')} are collaborators could not be read: ${collaborators.unreadable.reason}.`,
        fix: `Run doctor with a token that has ${collaborators.unreadable.needs}.`,
      },
    ];
  }
  const known = new Set(collaborators.value.map((c) => c.login.toLowerCase()));
  const outsiders = logins.filter((l) => !known.has(l.handle.toLowerCase()));
  if (outsiders.length === 0) return [];
  return [
    {
      check: 'collaborators',
      severity: 'warning',
      message:
        `${plural(outsiders.length, 'login')} in ${policyPath} ${outsiders.length === 1 ? 'is' : 'are'} not ` +
        `collaborators, so GitHub refuses to request their review: ` +
        `${summariseList(outsiders.map((o) => `${o.handle} (${summariseList(o.subsystems, 2)})`))}.`,
      fix:
        'Check each spelling (a renamed account frees its old login for anyone to take), then invite them in ' +
        'Settings → Collaborators and teams — with write access for maintainers who must be able to ack.',
      file: policyPath,
    },
  ];
}

/**
 * Check `acks`: a hold (an undecided subsystem's ack, an opt-out subsystem's exception) is lifted only by an
 * approval from one of that subsystem's maintainers who has write, maintain or admin permission
 * (docs/GATE.md, "Who can ack"). A maintainer listed without it, as a team, or imported without a GitHub login
 * can never ack; a subsystem with no one who can leaves every Rust PR it holds blocked for good.
 */
import type { Person, Policy } from '../model.js';
import { holdingSubsystems, isTeam, personName } from './policy-people.js';
import { plural, summariseList } from './summarise.js';
import type { Collaborator, Finding, Permission, Readable } from './types.js';

const CAN_MERGE: ReadonlySet<Permission> = new Set(['admin', 'maintain', 'write']);

/** Why a maintainer cannot ack, or null when they can; undefined when it could not be read. */
type Verdict = string | null | undefined;

export function checkAcks(policy: Policy, collaborators: Readable<Collaborator[]>, policyPath: string): Finding[] {
  const permissions =
    'value' in collaborators ? new Map(collaborators.value.map((c) => [c.login.toLowerCase(), c.permission])) : null;
  const verdict = (person: Person): Verdict => {
    if (person.handle === null) return 'no GitHub login';
    if (isTeam(person.handle)) return 'a team: only a person’s approval counts';
    if (permissions === null) return undefined;
    const permission = permissions.get(person.handle.toLowerCase());
    if (permission === undefined) return 'not a collaborator';
    return CAN_MERGE.has(permission) ? null : `${permission} access`;
  };

  const stuck: string[] = [];
  const noExceptions: string[] = [];
  const unknown: string[] = [];
  const cannot: string[] = [];
  for (const subsystem of holdingSubsystems(policy)) {
    const verdicts = subsystem.maintainers.map((person) => ({ person, why: verdict(person) }));
    if (verdicts.some((v) => v.why === null)) {
      for (const { person, why } of verdicts) {
        if (why) cannot.push(`${personName(person)} (${why}, ${subsystem.name})`);
      }
    } else if (verdicts.some((v) => v.why === undefined)) {
      unknown.push(subsystem.name);
    } else {
      const reasons = verdicts.map(({ person, why }) => `${personName(person)}: ${why}`);
      const entry = `${subsystem.name} [${reasons.length === 0 ? 'no maintainers' : summariseList(reasons, 2)}]`;
      (subsystem.effectiveStance === 'opt-out' ? noExceptions : stuck).push(entry);
    }
  }

  const findings: Finding[] = [];
  if (stuck.length > 0) {
    findings.push({
      check: 'acks',
      severity: 'error',
      message:
        `${plural(stuck.length, 'undecided subsystem')} ${stuck.length === 1 ? 'has' : 'have'} no maintainer who ` +
        `can ack, so a Rust PR there waits for good: ${summariseList(stuck)}.`,
      fix:
        'List at least one maintainer per such subsystem as a GitHub login with write access (map imported ' +
        "e-mails under import.people; list a team's members individually), or give the subsystem a stance (opt-in, " +
        'or opt-out to refuse its Rust).',
      file: policyPath,
    });
  }
  if (noExceptions.length > 0) {
    findings.push({
      check: 'acks',
      severity: 'warning',
      message:
        `${plural(noExceptions.length, 'opt-out subsystem')} ${noExceptions.length === 1 ? 'has' : 'have'} no ` +
        `maintainer who can grant an exception, so Rust there is refused for good: ${summariseList(noExceptions)}.`,
      fix:
        'If exceptions should be possible, list a maintainer with write access as a GitHub login (a team cannot ' +
        'approve); if not, nothing to do.',
      file: policyPath,
    });
  }
  if (cannot.length > 0) {
    findings.push({
      check: 'acks',
      severity: 'warning',
      message: `${plural(cannot.length, 'maintainer')} of holding subsystems can never ack: ${summariseList(cannot)}.`,
      fix:
        'Give them write access (Settings → Collaborators and teams), or list them as reviewers instead of ' +
        'maintainers if they are not meant to lift holds.',
      file: policyPath,
    });
  }
  if (unknown.length > 0 && !('value' in collaborators)) {
    findings.push({
      check: 'acks',
      severity: 'not-checked',
      message:
        `Who can ack in ${plural(unknown.length, 'holding subsystem')} (${summariseList(unknown)}) could not be ` +
        `checked: ${collaborators.unreadable.reason}.`,
      fix: `Run doctor with a token that has ${collaborators.unreadable.needs}.`,
    });
  }
  return findings;
}

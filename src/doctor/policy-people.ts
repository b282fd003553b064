/**
 * The people a policy names, as the people checks need them: every login and team with the subsystems that
 * name them, and which subsystems can hold a PR (docs/GATE.md, "Holds"). Pure.
 */
import type { Person, Policy, Stance, Subsystem } from '../model.js';

/** Stances whose subsystem holds a Rust path until one of its maintainers approves. */
const HOLDING: ReadonlySet<Stance> = new Set(['undecided', 'opt-out']);

export interface NamedHandle {
  handle: string;
  /** Subsystem names, in policy order. */
  subsystems: string[];
}

/** The policy's logins (no `/`) and teams (`org/team`), each once, with where they are named. */
export function handlesOf(policy: Policy): { logins: NamedHandle[]; teams: NamedHandle[] } {
  const byHandle = new Map<string, NamedHandle>();
  for (const subsystem of policy.subsystems) {
    for (const person of [...subsystem.maintainers, ...subsystem.reviewers]) {
      if (person.handle === null) continue;
      const key = person.handle.toLowerCase();
      const entry = byHandle.get(key) ?? { handle: person.handle, subsystems: [] };
      if (!entry.subsystems.includes(subsystem.name)) entry.subsystems.push(subsystem.name);
      byHandle.set(key, entry);
    }
  }
  const all = [...byHandle.values()];
  return { logins: all.filter((h) => !isTeam(h.handle)), teams: all.filter((h) => isTeam(h.handle)) };
}

/** Subsystems that can hold: their own stance, else the policy's default, is undecided or opt-out. */
export function holdingSubsystems(policy: Policy): (Subsystem & { effectiveStance: Stance })[] {
  return policy.subsystems
    .map((subsystem) => ({ ...subsystem, effectiveStance: subsystem.stance ?? policy.defaultStance }))
    .filter((subsystem) => HOLDING.has(subsystem.effectiveStance));
}

export function isTeam(handle: string): boolean {
  return handle.includes('/');
}

/** How a person is named in messages: the login or team, else as the policy wrote them. */
export function personName(person: Person): string {
  return person.handle ?? person.display;
}

/**
 * Which entries of the policy a change adds, removes or changes, and whose they are (docs/GATE.md,
 * "Policy-editing pull requests"). A PR editing `maintainers.yml` or the MAINTAINERS it imports asks the
 * maintainers of every such entry — those being removed included, since their say is what is taken away.
 * The sweep uses the same comparison to know which subsystems a policy push touched.
 */
import type { PathPattern, Person, Policy, Subsystem } from '../model.js';
import { effectiveStance } from './resolve-stance.js';
import type { EntryChange } from './types.js';

export type { EntryChange } from './types.js';

/** The fields compared, and how each is written for comparison; origins (line numbers) never count. */
const FIELDS: ReadonlyArray<readonly [string, (subsystem: Subsystem) => unknown]> = [
  ['files', (s) => s.files.map(pattern)],
  ['exclude', (s) => s.exclude.map(pattern)],
  ['names', (s) => s.names.map(pattern)],
  ['keywords', (s) => s.keywords.map((k) => k.text)],
  ['maintainers', (s) => s.maintainers.map(person)],
  ['reviewers', (s) => s.reviewers.map(person)],
  ['labels', (s) => s.labels],
  ['status', (s) => s.status ?? null],
  ['tags', (s) => Object.entries(s.tags).sort(([a], [b]) => a.localeCompare(b))],
];

/**
 * The entries that differ. A subsystem whose own fields are equal but whose effective stance moved (the
 * policy's `default-stance` changed under it) counts as changed (`stance`): the PR changes what its
 * maintainers decide. Base order first, then entries new in head.
 *
 * @example changedEntries(base, head)
 *   // → [{ subsystem: 'DMA MAPPING HELPERS', change: 'changed', fields: ['stance'], maintainers: ['hch-lst', 'mszyprow'] }]
 */
export function changedEntries(base: Policy, head: Policy): EntryChange[] {
  const after = new Map(head.subsystems.map((s) => [s.name, s]));
  const before = new Set(base.subsystems.map((s) => s.name));
  const changes: EntryChange[] = [];
  for (const old of base.subsystems) {
    const now = after.get(old.name);
    if (now === undefined) {
      changes.push({ subsystem: old.name, change: 'removed', fields: [], maintainers: handles([old]) });
      continue;
    }
    const fields = FIELDS.filter(([, value]) => !same(value(old), value(now))).map(([field]) => field);
    const stanceBefore = effectiveStance(old, base.defaultStance).stance;
    const stanceAfter = effectiveStance(now, head.defaultStance).stance;
    if (stanceBefore !== stanceAfter || old.stance !== now.stance) fields.unshift('stance');
    if (fields.length > 0)
      changes.push({ subsystem: old.name, change: 'changed', fields, maintainers: handles([old, now]) });
  }
  for (const added of head.subsystems) {
    if (!before.has(added.name)) {
      changes.push({ subsystem: added.name, change: 'added', fields: [], maintainers: handles([added]) });
    }
  }
  return changes;
}

/**
 * Everyone to ask for a policy edit: the maintainers of the changed entries, each once (logins compare
 * without case), never the PR's author.
 *
 * @example entryReviewers(changedEntries(base, head), 'alice') // → ['hch-lst', 'mszyprow']
 */
export function entryReviewers(changes: readonly EntryChange[], author?: string): string[] {
  const seen = new Map<string, string>();
  const authorKey = author?.toLowerCase();
  for (const change of changes) {
    for (const handle of change.maintainers) {
      const key = handle.toLowerCase();
      if (key !== authorKey && !seen.has(key)) seen.set(key, handle);
    }
  }
  return [...seen.values()];
}

function pattern(p: PathPattern): string {
  return `${p.dialect}:${p.text}`;
}

function person(p: Person): string {
  return p.handle ?? p.display;
}

function handles(subsystems: readonly Subsystem[]): string[] {
  const seen = new Map<string, string>();
  for (const subsystem of subsystems) {
    for (const person of subsystem.maintainers) {
      if (person.handle !== null && !seen.has(person.handle.toLowerCase()))
        seen.set(person.handle.toLowerCase(), person.handle);
    }
  }
  return [...seen.values()];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Per-subsystem aggregation of routed paths: which subsystems own something, how specifically, whether they
 * are asked and what they hold; and the report row (SubsystemReport) each one gets.
 */
import type { Stance, Subsystem } from '../model.js';
import type { RoutedFile } from './decide-file.js';
import { handleKey, handlesOf, type ReviewRequest } from './pick-reviewers.js';
import { effectiveStance } from './resolve-stance.js';
import type { Hold, SubsystemReport } from './types.js';

/** What one owning subsystem gathered over all paths. */
export interface OwnerTally {
  /** Index into the policy's subsystems. */
  subsystem: number;
  /** Paths it owns (Rust or not). */
  files: string[];
  /** Its highest specificity over those paths: the most specific owners are asked first. */
  best: number;
  /** Order of first appearance, to break ties. */
  first: number;
  /** Asked to review for at least one path. */
  asked: boolean;
  /** Owns at least one Rust path (its stance is then worth showing). */
  ownsRust: boolean;
  /** Rust paths it decided with an undecided or opt-out stance: its hold. */
  heldFiles: string[];
  /** The stance those paths were held with (a subsystem decides every path with the same stance). */
  heldStance?: Hold['stance'];
}

/**
 * Aggregates routed paths per owning subsystem as they are decided, so a path's owners and asked lists
 * need not outlive its decision (a tree-wide change has 100,000 of them).
 *
 * @example const tally = new OwnerTallies(); routed.forEach((file) => tally.add(file));
 *   tally.sorted().map((t) => t.subsystem) // → [2, 0]: "BLOCK LAYER DEVICE DRIVER API [RUST]", then RUST
 */
export class OwnerTallies {
  private readonly tallies = new Map<number, OwnerTally>();

  add(file: RoutedFile): void {
    const { tallies } = this;
    const { path, rust, decision } = file.decision;
    for (const owner of file.owners) {
      let tally = tallies.get(owner.subsystem);
      if (tally === undefined) {
        tally = {
          subsystem: owner.subsystem,
          files: [],
          best: owner.specificity,
          first: tallies.size,
          asked: false,
          ownsRust: false,
          heldFiles: [],
        };
        tallies.set(owner.subsystem, tally);
      }
      tally.files.push(path);
      tally.best = Math.max(tally.best, owner.specificity);
      tally.ownsRust ||= rust;
    }
    // The asked and deciding subsystems are always among the path's owners, so their tallies exist.
    for (const subsystem of file.asked) (tallies.get(subsystem) as OwnerTally).asked = true;
    if (decision === 'needs-ack' || decision === 'blocked') {
      const decider = tallies.get(file.decider) as OwnerTally;
      decider.heldFiles.push(path);
      decider.heldStance = decision === 'blocked' ? 'opt-out' : 'undecided';
    }
  }

  /** The owning subsystems, most specific first (ties: first appearance). */
  sorted(): OwnerTally[] {
    return [...this.tallies.values()].sort((a, b) => b.best - a.best || a.first - b.first);
  }
}

/**
 * The report row of an owning subsystem. `stance` is shown only when it owns Rust in this PR (for C-only
 * owners it decides nothing). `notOnGitHub` names the people it would have asked, or who could lift its hold,
 * had they a GitHub login.
 */
export function ownerReport(
  tally: OwnerTally,
  subsystem: Subsystem,
  defaultStance: Stance,
  request: ReviewRequest,
): SubsystemReport {
  const stance = tally.ownsRust ? effectiveStance(subsystem, defaultStance) : null;
  const people = tally.asked
    ? [...subsystem.maintainers, ...subsystem.reviewers]
    : tally.heldFiles.length > 0
      ? subsystem.maintainers
      : [];
  const asked = tally.asked
    ? unique(handlesOf([...subsystem.maintainers, ...subsystem.reviewers])).filter((handle) =>
        request.requested.has(handleKey(handle)),
      )
    : [];
  return {
    name: subsystem.name,
    stance: stance?.stance ?? null,
    stanceSource: stance?.source ?? null,
    files: tally.files,
    asked,
    notOnGitHub: unique(people.flatMap((person) => (person.handle === null ? [person.display] : []))),
    mentioned: false,
    labels: subsystem.labels,
  };
}

/** The report row of a subsystem only mentioned by keyword: labelled and listed, owning and asked nothing. */
export function mentionedReport(subsystem: Subsystem): SubsystemReport {
  return {
    name: subsystem.name,
    stance: null,
    stanceSource: null,
    files: [],
    asked: [],
    notOnGitHub: [],
    mentioned: true,
    labels: subsystem.labels,
  };
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = handleKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

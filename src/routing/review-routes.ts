/**
 * What the Rust review adds to a routing decision (docs/RUST-REVIEW.md): the checks' findings with their
 * severity and the Rust tree that answers for them, the Rust ↔ C pairs the change touches with the subsystems
 * asked because of each, the labels both put on the PR, and the hold a blocking finding makes.
 *
 * Kept apart from routing by path and stance: nothing here decides a stance, and the people found here are
 * asked after the deciding owners (routeChanges puts them in later tiers of the review request).
 */
import type { InterfaceMap, InterfacePair } from '../interfaces/types.js';
import { headerOwners } from '../interfaces/header-owners.js';
import { compileInterfaceFiles } from '../interfaces/interface-files.js';
import { interfacePairs } from '../interfaces/interface-pairs.js';
import type { ChangedFile } from '../diff/types.js';
import { reviewDiff } from '../rust-review/review-diff.js';
import type { CheckId, Finding, RawFinding, RustReviewPolicy, Unchecked } from '../rust-review/types.js';
import type { CompiledPolicy } from './compile-policy.js';
import { decideFile } from './decide-file.js';
import { holdOf } from './holds.js';
import type { SharedValues } from './shared-values.js';
import type { Hold } from './types.js';

/** Checks whose findings go to the Rust tree whatever the path's owner. */
const ROUTED_TO_CORE: ReadonlySet<CheckId> = new Set(['unstable-feature', 'toolchain']);

/** One pair and the subsystems (indexes) asked because of it. */
export interface PairOwners {
  pair: InterfacePair;
  owners: number[];
}

/** The review's share of a decision, before the review request is cut to `max-reviewers`. */
export interface ReviewRoutes {
  findings: Finding[];
  unchecked: Unchecked[];
  pairs: PairOwners[];
  /** The Rust tree's index when a finding routes the PR to it, else -1. */
  core: number;
  /** Subsystems asked because of interface pairs, in pair order, without repeats. */
  interfaceOwners: number[];
  /** The review's labels that do not depend on a hold (unstable-feature, toolchain, bindings-affected, owners'). */
  labels: string[];
  /** The Rust tree's hold over blocking findings, when there are any. */
  hold: Hold | null;
}

/**
 * Reviews the change: checks on its hunks, interface pairs from `map` (none without one).
 *
 * @example reviewRoutes(files, compiled, shared, map, { author: 'alice', approvedBy: [] }).findings
 *   // → [{ check: 'unstable-feature', path: 'drivers/gpu/nova/lib.rs', line: 3, severity: 'warn', subsystem: 'RUST', … }]
 */
export function reviewRoutes(
  files: readonly ChangedFile[],
  compiled: CompiledPolicy,
  shared: SharedValues,
  map: InterfaceMap | undefined,
  review: { approvedBy: readonly string[]; author?: string },
): ReviewRoutes {
  const { policy } = compiled;
  const { rustReview, labels: statusLabels } = policy;
  const coreIndex = policy.subsystems.findIndex((subsystem) => subsystem.stance === 'core');
  const coreName = coreIndex === -1 ? null : policy.subsystems[coreIndex].name;

  const checked = reviewDiff(files, rustReview, (path) => compiled.isRust(path));
  failClosed(files, rustReview, (path) => compiled.isRust(path), checked);
  // In file and line order, as a reader goes through the diff.
  const findings: Finding[] = checked.findings
    .map((finding): Finding => ({
      ...finding,
      severity: rustReview.checks[finding.check] === 'block' ? 'block' : 'warn',
      subsystem: coreName,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  const routedToCore = findings.some((finding) => ROUTED_TO_CORE.has(finding.check));

  const pairs: PairOwners[] = [];
  if (map !== undefined) {
    const isInterfaceFile = compileInterfaceFiles(rustReview.interfaceFiles);
    for (const pair of interfacePairs(files, map, isInterfaceFile)) {
      pairs.push({ pair, owners: pairOwners(pair, compiled, shared) });
    }
  }
  const interfaceOwners = [...new Set(pairs.flatMap((entry) => entry.owners))];

  const labels: (string | null)[] = [];
  if (findings.some((finding) => finding.check === 'unstable-feature')) labels.push(statusLabels['unstable-feature']);
  if (findings.some((finding) => finding.check === 'toolchain')) labels.push(statusLabels.toolchain);
  if (pairs.some((entry) => entry.pair.direction === 'c-to-rust')) labels.push(statusLabels['bindings-affected']);
  if (routedToCore) labels.push(...(policy.subsystems[coreIndex]?.labels ?? []));
  labels.push(...interfaceOwners.flatMap((index) => policy.subsystems[index].labels));

  const blocking = findings.filter((finding) => finding.severity === 'block');
  // With no Rust tree in the policy nobody could lift the hold: the findings stay, as warnings would
  // (`validate` says so, docs/RUST-REVIEW.md, "Holds from checks").
  const hold =
    blocking.length === 0 || coreIndex === -1
      ? null
      : {
          ...holdOf(policy.subsystems[coreIndex], 'opt-out', [...new Set(blocking.map((f) => f.path))], review),
          checks: [...new Set(blocking.map((finding) => finding.check))],
        };

  return {
    findings,
    unchecked: checked.unchecked,
    pairs,
    core: routedToCore ? coreIndex : -1,
    interfaceOwners,
    labels: labels.filter((label): label is string => label !== null),
    hold,
  };
}

/**
 * Who is asked because of one pair. rust-to-c: the header's owners as for any non-Rust path (a fallback such
 * as THE REST only when nothing else owns it). c-to-rust: the Rust side's deciding owner (its stance owner for
 * a Rust file; the most specific owners for a helper or the bindings header, which are C).
 */
function pairOwners(pair: InterfacePair, compiled: CompiledPolicy, shared: SharedValues): number[] {
  if (pair.direction === 'rust-to-c') return headerOwners(pair.header, compiled);
  const routed = decideFile(pair.rust, undefined, compiled, shared);
  return routed.decider >= 0 ? [routed.decider] : routed.asked;
}

/** Checks that read a Rust file's added lines (the others judge features and toolchain files by path too). */
const LINE_CHECKS: readonly CheckId[] = ['safety-comment', 'unstable-feature'];

/**
 * A Rust file whose diff exists but was not given (too large for GitHub's `patch`, past git's cap) cannot be
 * cleared by a check that reads its lines: under `block` that is a finding, so the Rust tree must look (a huge
 * diff must not be a way around the check); under `warn` a note that it was not checked.
 */
function failClosed(
  files: readonly ChangedFile[],
  review: RustReviewPolicy,
  isRust: (path: string) => boolean,
  into: { findings: RawFinding[]; unchecked: Unchecked[] },
): void {
  for (const file of files) {
    if (!file.diffOmitted || file.status === 'removed' || !isRust(file.path)) continue;
    for (const check of LINE_CHECKS) {
      if (review.checks[check] === 'block') {
        into.findings.push({ check, path: file.path, line: null, message: OMITTED_FINDING });
      } else if (review.checks[check] === 'warn') {
        into.unchecked.push({ check, path: file.path, line: null, reason: 'its diff is too large to be shown' });
      }
    }
  }
}

const OMITTED_FINDING =
  'not checked: its diff is too large to be shown, and a blocking check does not pass what it cannot read';

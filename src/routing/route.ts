/**
 * routeChanges: the whole decision for one change set (docs/ROUTING.md, "The pipeline"), as plain data. Pure: the policy comes
 * compiled, the reviews come as `approvedBy`, nothing is read or written.
 *
 * Each path is decided on its own (decide-file.ts); this file aggregates per subsystem, in one pass over the
 * paths, so a 100k-file PR costs one index lookup per path and nothing quadratic.
 */
import { changedPaths } from '../diff/changed-paths.js';
import type { ChangeSet } from '../diff/types.js';
import type { CompiledPolicy } from './compile-policy.js';
import { decideFile } from './decide-file.js';
import { SharedValues } from './shared-values.js';
import { holdOf, isHeld, verdictOf } from './holds.js';
import { decisionLabels, managedLabels } from './labels.js';
import { mentionedReport, OwnerTallies, ownerReport } from './owner-tally.js';
import { pickReviewers } from './pick-reviewers.js';
import type { FileDecision, Hold, RouteOptions, RoutingDecision } from './types.js';

/** The `max-reviewers` default (docs/ROUTING.md, "Reviewers"). */
export const DEFAULT_MAX_REVIEWERS = 10;
/** Keyword scanning stops after this much PR text and diff (docs/ROUTING.md, "Keywords": bounded). */
export const DEFAULT_KEYWORD_BUDGET_BYTES = 1024 * 1024;

/**
 * Routes a change set.
 *
 * @example
 *   routeChanges({ files: [{ path: 'rust/kernel/str.rs', status: 'modified' }], title: '', body: '', diffLines: [] }, compiled)
 *   // → { files: [{ path: 'rust/kernel/str.rs', decision: 'core', owner: 'RUST', … }], labels: ['rust: core', …],
 *   //     reviewers: ['ojeda', 'alex'], blocked: false, verdict: 'routed', … }
 */
export function routeChanges(
  changes: ChangeSet,
  compiled: CompiledPolicy,
  options: RouteOptions = {},
): RoutingDecision {
  const { policy } = compiled;
  const approvedBy = options.approvedBy ?? [];
  const shared = new SharedValues(policy.subsystems);
  const tallies = new OwnerTallies();
  const files: FileDecision[] = [];
  // Status labels depend only on each path's decision and its decider's hold: keep the distinct pairs.
  const decided = new Map<string, { decision: FileDecision['decision']; decider: number }>();
  for (const entry of changedPaths(changes.files)) {
    const routed = decideFile(entry.path, entry.previousPath, compiled, shared);
    tallies.add(routed);
    files.push(routed.decision);
    const { decision } = routed.decision;
    decided.set(`${decision}\u0000${routed.decider}`, { decision, decider: routed.decider });
  }
  const owners = tallies.sorted();

  const texts = [changes.title, changes.body, ...changes.diffLines];
  const keywords = compiled.keywords.scan(texts, options.keywordBudgetBytes ?? DEFAULT_KEYWORD_BUDGET_BYTES);
  const owning = new Set(owners.map((tally) => tally.subsystem));
  const assumed = new Set(options.assumeMentioned ?? []);
  const assumedIndexes =
    assumed.size === 0 ? [] : policy.subsystems.flatMap((s, i) => (assumed.has(s.name) ? [i] : []));
  const mentioned = [...new Set([...keywords.hits.map((hit) => hit.subsystem), ...assumedIndexes])]
    .filter((subsystem) => !owning.has(subsystem))
    .sort((a, b) => a - b);

  const request = pickReviewers(
    owners.filter((tally) => tally.asked).map((tally) => policy.subsystems[tally.subsystem]),
    { author: options.author, maxReviewers: options.maxReviewers ?? DEFAULT_MAX_REVIEWERS },
  );

  const holdsBySubsystem = new Map<number, Hold>();
  for (const tally of owners) {
    if (tally.heldStance === undefined) continue;
    const hold = holdOf(policy.subsystems[tally.subsystem], tally.heldStance, tally.heldFiles, {
      approvedBy,
      author: options.author,
    });
    holdsBySubsystem.set(tally.subsystem, hold);
  }
  const holds = [...holdsBySubsystem.values()];

  const labels = decisionLabels(
    // The decider of a non-Rust or unowned path carries no hold (and may be -1): its owner is irrelevant.
    [...decided.values()].map(({ decision, decider }) => ({
      decision,
      owner: policy.subsystems[decider]?.name ?? null,
    })),
    new Set(holds.filter(isHeld).map((hold) => hold.subsystem)),
    [
      ...owners.flatMap((tally) => policy.subsystems[tally.subsystem].labels),
      ...mentioned.flatMap((subsystem) => policy.subsystems[subsystem].labels),
    ],
    policy.labels,
  );

  return {
    files,
    mentioned: mentioned.map((subsystem) => policy.subsystems[subsystem].name),
    labels,
    reviewers: request.reviewers,
    teamReviewers: request.teamReviewers,
    blocked: holds.some(isHeld),
    holds,
    verdict: verdictOf(holds),
    managedLabels: managedLabels(policy),
    subsystems: [
      ...owners.map((tally) => ownerReport(tally, policy.subsystems[tally.subsystem], policy.defaultStance, request)),
      ...mentioned.map((subsystem) => mentionedReport(policy.subsystems[subsystem])),
    ],
    keywordScan: keywords.scan,
    reviewersCapped: request.capped,
    rustFiles: files.filter((file) => file.rust).map((file) => file.path),
  };
}

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
import { heldByCheck, holdOf, isHeld, verdictOf } from './holds.js';
import { decisionLabels, managedLabels } from './labels.js';
import { mentionedReport, OwnerTallies, ownerReport, type OwnerTally } from './owner-tally.js';
import { handleKey, handlesOf, pickReviewers, type ReviewRequest } from './pick-reviewers.js';
import { interfacesWanted } from '../interfaces/interfaces-wanted.js';
import { reviewRoutes, type ReviewRoutes } from './review-routes.js';
import type { InterfacePair, InterfaceRoute } from '../interfaces/types.js';
import type { Policy, Subsystem } from '../model.js';
import type { FileDecision, Hold, RouteOptions, RoutingDecision, SubsystemReport } from './types.js';

/** Every file decision, for numbering (decision, decider) pairs. */
const DECISION_KINDS: readonly FileDecision['decision'][] = [
  'core',
  'opt-in',
  'needs-ack',
  'blocked',
  'owners',
  'unowned',
];

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
  // Keyed by a number (decision kind, decider), not a string: no key string made for each of 100,000 paths.
  const decided = new Map<number, { decision: FileDecision['decision']; decider: number }>();
  for (const entry of changedPaths(changes.files)) {
    const routed = decideFile(entry.path, entry.previousPath, compiled, shared);
    tallies.add(routed);
    files.push(routed.decision);
    const { decision } = routed.decision;
    const key = (routed.decider + 1) * DECISION_KINDS.length + DECISION_KINDS.indexOf(decision);
    if (!decided.has(key)) decided.set(key, { decision, decider: routed.decider });
  }
  const owners = tallies.sorted();

  const texts =
    changes.keywordLines === undefined
      ? [changes.title, changes.body, ...changes.diffLines]
      : [changes.title, ...changes.keywordLines];
  const keywords = compiled.keywords.scan(texts, options.keywordBudgetBytes ?? DEFAULT_KEYWORD_BUDGET_BYTES);
  const owning = new Set(owners.map((tally) => tally.subsystem));
  const assumed = new Set(options.assumeMentioned ?? []);
  const assumedIndexes =
    assumed.size === 0 ? [] : policy.subsystems.flatMap((s, i) => (assumed.has(s.name) ? [i] : []));
  const review = reviewRoutes(changes.files, compiled, shared, options.interfaceMap, {
    approvedBy,
    author: options.author,
  });
  // The Rust tree, when findings give it a row of its own, owns those files: it is not also "mentioned".
  const core = coreRowSubsystem(review, owners, policy);
  const mentioned = [...new Set([...keywords.hits.map((hit) => hit.subsystem), ...assumedIndexes])]
    .filter((subsystem) => !owning.has(subsystem) && subsystem !== core)
    .sort((a, b) => a - b);
  const request = pickReviewers(
    owners.filter((tally) => tally.asked).map((tally) => policy.subsystems[tally.subsystem]),
    {
      author: options.author,
      maxReviewers: options.maxReviewers ?? DEFAULT_MAX_REVIEWERS,
      later: [
        review.core === -1 ? [] : [policy.subsystems[review.core]],
        review.interfaceOwners.map((index) => policy.subsystems[index]),
      ],
    },
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
  const holds = [...holdsBySubsystem.values(), ...(review.hold === null ? [] : [review.hold])];

  const labels = decisionLabels(
    // The decider of a non-Rust or unowned path carries no hold (and may be -1): its owner is irrelevant.
    [...decided.values()].map(({ decision, decider }) => ({
      decision,
      owner: policy.subsystems[decider]?.name ?? null,
    })),
    new Set(holds.filter(isHeld).map((hold) => hold.subsystem)),
    [
      ...owners.flatMap((tally) => policy.subsystems[tally.subsystem].labels),
      ...(core === -1 ? [] : policy.subsystems[core].labels),
      ...mentioned.flatMap((subsystem) => policy.subsystems[subsystem].labels),
    ],
    policy.labels,
    review.labels,
    heldByCheck(holds),
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
      ...coreRow(core, review, policy, request),
      ...mentioned.map((subsystem) => mentionedReport(policy.subsystems[subsystem])),
    ],
    keywordScan: keywords.scan,
    keywordHits: keywords.hits.map((hit) => ({
      subsystem: policy.subsystems[hit.subsystem].name,
      pattern: hit.keyword.text,
      origin: hit.keyword.origin,
      line: hit.line,
    })),
    reviewersCapped: request.capped,
    rustFiles: files.filter((file) => file.rust).map((file) => file.path),
    findings: review.findings,
    interfaces: review.pairs.map(({ pair, owners: asked }) => interfaceRoute(pair, asked, policy.subsystems, request)),
    review: {
      unchecked: review.unchecked,
      labels: review.labels,
      interfacesNotRouted:
        options.interfaceMap === undefined &&
        interfacesWanted(
          policy,
          files.map((file) => file.path),
        ),
      interfaceFilesNotRead: options.interfaceMap?.notRead ?? 0,
    },
  };
}

/**
 * The Rust tree's row when a finding sends the PR to it (or it holds blocking findings) but it owns none of the
 * paths: its files are the findings' files. Nothing when it owns a path already (its row is there).
 */
function coreRow(core: number, review: ReviewRoutes, policy: Policy, request: ReviewRequest): SubsystemReport[] {
  if (core === -1) return [];
  const files = [...new Set(review.findings.map((finding) => finding.path))];
  const tally: OwnerTally = { subsystem: core, files, best: 0, first: 0, asked: true, ownsRust: true, heldFiles: [] };
  return [ownerReport(tally, policy.subsystems[core], policy.defaultStance, request)];
}

/** The Rust tree's index when it gets a row of its own (coreRow), else -1. */
function coreRowSubsystem(review: ReviewRoutes, owners: readonly OwnerTally[], policy: Policy): number {
  const core = review.core !== -1 ? review.core : policy.subsystems.findIndex((s) => s.name === review.hold?.subsystem);
  return core === -1 || owners.some((tally) => tally.subsystem === core) ? -1 : core;
}

/** One pair as the JSON shows it: the subsystems asked because of it and which of their people were asked. */
function interfaceRoute(
  pair: InterfacePair,
  asked: readonly number[],
  subsystems: readonly Subsystem[],
  request: ReviewRequest,
): InterfaceRoute {
  const people = asked.flatMap((index) => [
    ...handlesOf(subsystems[index].maintainers),
    ...handlesOf(subsystems[index].reviewers),
  ]);
  return {
    ...pair,
    owners: asked.map((index) => subsystems[index].name),
    reviewers: [...new Set(people.filter((handle) => request.requested.has(handleKey(handle))))],
  };
}

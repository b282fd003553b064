/**
 * "This change re-routes N open PRs" (docs/GATE.md, "Policy-editing pull requests"): each open PR's paths
 * routed by the base policy and by the proposed one, and what differs — the verdict, labels and reviewers.
 * Pure; acks are not counted (a hold that would be lifted still shows as a hold) and keywords are not
 * scanned (only paths were read), so the preview is about ownership and stances.
 */
import { routeChanges } from './route.js';
import type { CompiledPolicy } from './compile-policy.js';
import type { Reroute, RoutingDecision } from './types.js';

/** An open PR as the preview routes it. */
export interface PreviewPull {
  number: number;
  title: string;
  author: string;
  paths: readonly string[];
}

/**
 * The open PRs the proposed policy routes differently, in the order given.
 *
 * @example previewReroutes([{ number: 7, title: 'rust: dma', author: 'al', paths: ['rust/kernel/dma.rs'] }], base, head, 10)
 *   // → [{ number: 7, title: 'rust: dma', verdict: { from: 'blocked', to: 'routed' }, labelsAdded: ['rust'],
 *   //      labelsRemoved: ['rust: blocked'], reviewersAdded: ['hch-lst'], reviewersRemoved: [] }]
 */
export function previewReroutes(
  pulls: readonly PreviewPull[],
  base: CompiledPolicy,
  head: CompiledPolicy,
  maxReviewers: number,
): Reroute[] {
  const reroutes: Reroute[] = [];
  for (const pull of pulls) {
    const changes = {
      files: pull.paths.map((path) => ({ path, status: 'modified' as const })),
      title: '',
      body: '',
      diffLines: [],
    };
    const options = { author: pull.author, maxReviewers };
    const before = routeChanges(changes, base, options);
    const after = routeChanges(changes, head, options);
    const reroute: Reroute = {
      number: pull.number,
      title: pull.title,
      verdict: { from: before.verdict, to: after.verdict },
      labelsAdded: minus(after.labels, before.labels),
      labelsRemoved: minus(before.labels, after.labels),
      reviewersAdded: minus(asked(after), asked(before)),
      reviewersRemoved: minus(asked(before), asked(after)),
    };
    const changed =
      reroute.verdict.from !== reroute.verdict.to ||
      reroute.labelsAdded.length +
        reroute.labelsRemoved.length +
        reroute.reviewersAdded.length +
        reroute.reviewersRemoved.length >
        0;
    if (changed) reroutes.push(reroute);
  }
  return reroutes;
}

function asked(decision: RoutingDecision): string[] {
  return [...decision.reviewers, ...decision.teamReviewers];
}

/** The items of `a` not in `b` (compared without case, as labels and logins are), in `a`'s order. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b.map((item) => item.toLowerCase()));
  return a.filter((item) => !other.has(item.toLowerCase()));
}

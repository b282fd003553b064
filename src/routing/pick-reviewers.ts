/**
 * Who is asked to review (docs/ROUTING.md, "Reviewers"): the maintainers of the asked subsystems, most specific subsystem first,
 * then their reviewers in the same order; the author never; at most `maxReviewers` users and teams together,
 * so the cap cuts the least specific first.
 */
import type { Person, Subsystem } from '../model.js';

/** The review request routing asks for. */
export interface ReviewRequest {
  /** Logins, in request order. */
  reviewers: string[];
  /** Teams as `org/team`, in request order. */
  teamReviewers: string[];
  /** Handles cut by the cap, in the order they would have followed. */
  capped: string[];
  /** Lower-cased handles actually requested, to tell who a subsystem asked. */
  requested: ReadonlySet<string>;
}

/** A team is written `org/team`; a login cannot contain `/`. */
export function isTeam(handle: string): boolean {
  return handle.includes('/');
}

/** GitHub logins and team slugs are case-insensitive: compare them lower-cased. */
export function handleKey(handle: string): string {
  return handle.toLowerCase();
}

/** The GitHub handles among people, skipping those not on GitHub (handle null). */
export function handlesOf(people: readonly Person[]): string[] {
  return people.flatMap((person) => (person.handle === null ? [] : [person.handle]));
}

/**
 * Builds the request from the asked subsystems, already in order (best specificity first). `later` tiers
 * (the Rust tree for a finding, interface owners: docs/RUST-REVIEW.md) follow them, each tier its maintainers
 * then its reviewers, so the cap cuts them first.
 *
 * @example pickReviewers([rust], { author: 'ojeda', maxReviewers: 1 })
 *   // RUST: maintainers [ojeda, alex], reviewers [rust-for-linux/reviewers]
 *   // → { reviewers: ['alex'], teamReviewers: [], capped: ['rust-for-linux/reviewers'], … }
 */
export function pickReviewers(
  asked: readonly Subsystem[],
  options: { author?: string; maxReviewers: number; later?: readonly (readonly Subsystem[])[] },
): ReviewRequest {
  const author = options.author === undefined ? undefined : handleKey(options.author);
  const seen = new Set<string>();
  const ordered: string[] = [];
  const candidates = [asked, ...(options.later ?? [])].flatMap((tier) => [
    ...tier.flatMap((s) => handlesOf(s.maintainers)),
    ...tier.flatMap((s) => handlesOf(s.reviewers)),
  ]);
  for (const handle of candidates) {
    const key = handleKey(handle);
    if (key === author || seen.has(key)) continue;
    seen.add(key);
    ordered.push(handle);
  }
  const cap = Math.max(0, Math.floor(options.maxReviewers));
  const kept = ordered.slice(0, cap);
  return {
    reviewers: kept.filter((handle) => !isTeam(handle)),
    teamReviewers: kept.filter(isTeam),
    capped: ordered.slice(cap),
    requested: new Set(kept.map(handleKey)),
  };
}

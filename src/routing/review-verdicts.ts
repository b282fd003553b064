/**
 * What a PR's reviews say, folded per reviewer (docs/GATE.md, "Acks"): a reviewer's verdict is their latest
 * review that is not a comment, and it is tied to the commit it was given on — an approval of an older
 * commit is not an approval of the head.
 */
import { handleKey } from './pick-reviewers.js';

/** One submitted review, as GitHub lists them (oldest first). */
export interface Review {
  login: string;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED` or `PENDING` (REST spelling: upper case). */
  state: string;
  /** The commit the review was given on; null when GitHub does not say (reviews of long-gone commits). */
  commitId: string | null;
}

/** A reviewer's verdict: their latest review with one, and the commit it was given on. */
export interface Verdict {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';
  commitId: string | null;
}

/** Reviews with a verdict; COMMENTED says nothing about approval, PENDING is an unsubmitted draft. */
const VERDICT_STATES: ReadonlySet<string> = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * Each reviewer's verdict, keyed by lower-cased login (logins are case-insensitive). A later "changes
 * requested" or a dismissal replaces an approval; a later comment does not.
 *
 * @example latestVerdicts([{ login: 'hch', state: 'APPROVED', commitId: 'c1' }, { login: 'hch', state: 'COMMENTED', commitId: 'c2' }])
 *   // → Map { 'hch' → { login: 'hch', state: 'APPROVED', commitId: 'c1' } }
 */
export function latestVerdicts(reviews: readonly Review[]): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>();
  for (const review of reviews) {
    if (!VERDICT_STATES.has(review.state)) continue;
    verdicts.set(handleKey(review.login), {
      login: review.login,
      state: review.state as Verdict['state'],
      commitId: review.commitId,
    });
  }
  return verdicts;
}

/**
 * Logins that submitted any review (a comment included): GitHub no longer lists them as requested, and
 * they are not asked again — unless their ack went stale (see lift-holds.ts).
 */
export function reviewedLogins(reviews: readonly Review[]): string[] {
  const seen = new Map<string, string>();
  for (const review of reviews) {
    if (review.state !== 'PENDING' && !seen.has(handleKey(review.login)))
      seen.set(handleKey(review.login), review.login);
  }
  return [...seen.values()];
}

/** Logins (lower-cased) that submitted a review of `commit`, whatever it said: they have seen that commit. */
export function reviewedAt(reviews: readonly Review[], commit: string): Set<string> {
  return new Set(reviews.filter((r) => r.state !== 'PENDING' && r.commitId === commit).map((r) => handleKey(r.login)));
}

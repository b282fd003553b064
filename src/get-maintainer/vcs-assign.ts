/**
 * get_maintainer.pl's `vcs_assign`: from the people git's history names for one commit or one file, those it
 * adds and the role each gets — `blamed_fixes:2/1=100%` for a `Fixes:` commit's signers,
 * `commit_signer:3/8=38%`, `authored:…`, `added_lines:…` and `removed_lines:…` for a file's last year (the git
 * fallback).
 */
import { GIT_LIMITS, type GitLimits } from './output-options.js';
import { perlOrder } from './sort-and-uniq.js';

/** One person to add, as the caller has them (deduplicated, through the mailmap), and the role to add to them. */
export interface Assignment {
  email: string;
  role: string;
}

/**
 * `vcs_assign(role, divisor, lines)`: each person counted (`tally` holds how many lines name them, after the
 * mailmap), most first; those in `.get_maintainer.ignore` skipped; the others taken until one has fewer than
 * the minimum signatures or percent of `divisor`, or the maximum is reached. With `rolestats` the role reads
 * `role:COUNT/DIVISOR=PERCENT%` (capped at 100%, rounded as Perl's `%.0f`); `limits` defaults to GIT_LIMITS.
 * get_maintainer.pl orders people of equal count as its hash does, which changes from run to run; they are
 * sorted here, one of its orders.
 *
 * A divisor of 0 (a file whose commits carry no signature at all) is read as 1, as get_maintainer.pl does after
 * its "Bad divisor" warning.
 *
 * @example vcsAssign('commit_signer', 8, new Map([['A <a@x>', 3], ['B <b@x>', 1]]), { ignored: [], rolestats: true })
 *   // → [{ email: 'A <a@x>', role: 'commit_signer:3/8=38%' }, { email: 'B <b@x>', role: 'commit_signer:1/8=12%' }]
 */
export function vcsAssign(
  role: string,
  divisor: number,
  tally: ReadonlyMap<string, number>,
  options: { ignored: readonly string[]; rolestats: boolean; limits?: GitLimits },
): Assignment[] {
  const limits = options.limits ?? GIT_LIMITS;
  const ranked = [...tally].filter(([, count]) => count > 0);
  if (ranked.length === 0) return [];
  const over = divisor <= 0 ? 1 : divisor;
  ranked.sort(([a, countA], [b, countB]) => countB - countA || perlOrder(a, b));
  const assigned: Assignment[] = [];
  let counted = 0;
  for (const [email, count] of ranked) {
    const percent = Math.min((count * 100) / over, 100);
    if (options.ignored.includes(email)) continue;
    counted++;
    if (count < limits.minSignatures || counted > limits.maxMaintainers || percent < limits.minPercent) break;
    assigned.push({ email, role: options.rolestats ? `${role}:${count}/${over}=${perlRound(percent)}%` : role });
  }
  return assigned;
}

/**
 * How many times each value occurs, in first-seen order: the `uniq -c` of a list of people.
 *
 * @example tallyOf(['B <b@x>', 'A <a@x>', 'B <b@x>']) // → Map { 'B <b@x>' => 2, 'A <a@x>' => 1 }
 */
export function tallyOf(values: Iterable<string>): Map<string, number> {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return tally;
}

/**
 * Perl's `sprintf("%.0f", x)` for x ≥ 0: C's rounding of the double, half to even (12.5 → 12, 37.5 → 38), not
 * JavaScript's Math.round (half up).
 *
 * @example perlRound(12.5) // → 12
 */
export function perlRound(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) return fraction < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

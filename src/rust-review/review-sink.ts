/** What every check adds to, and what reviewDiff returns: findings, and the places no check could decide. */
import type { RawFinding, Unchecked } from './types.js';

export interface ReviewSink {
  findings: RawFinding[];
  unchecked: Unchecked[];
}

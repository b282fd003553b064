/**
 * `--format json` and the action's `report` output: the decision as one JSON object, SPEC §8's documented
 * keys first and in its order, the extra detail after, so the documented shape reads the same as the spec.
 */
import type { FileDecision, Hold, RoutingDecision } from '../routing/types.js';

/** SPEC §8's keys, in its order. */
const DECISION_KEYS = ['files', 'mentioned', 'labels', 'reviewers', 'teamReviewers', 'blocked', 'holds'] as const;
/** The order of SPEC §8's example file object. */
const FILE_KEYS = ['path', 'rust', 'subsystems', 'stance', 'decision', 'owner'] as const;
const HOLD_KEYS = ['subsystem', 'stance', 'files', 'canLift', 'liftedBy'] as const;

/**
 * Prints the decision with 2-space indentation and a trailing newline.
 *
 * @example renderJson(decision) // → '{\n  "files": [ … ],\n  "mentioned": [],\n  "labels": ["rust"], …\n}\n'
 */
export function renderJson(decision: RoutingDecision): string {
  const ordered = keysFirst(decision, DECISION_KEYS);
  ordered.files = decision.files.map((file: FileDecision) => keysFirst(file, FILE_KEYS));
  ordered.holds = decision.holds.map((hold: Hold) => keysFirst(hold, HOLD_KEYS));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A copy of `value` with `keys` first (in that order), then its other keys in their own order. */
function keysFirst<T extends object>(value: T, keys: readonly (keyof T & string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = value[key];
  for (const [key, item] of Object.entries(value)) if (!(key in out)) out[key] = item;
  return out;
}

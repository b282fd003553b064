/**
 * `--format json` and the action's `report` output: the decision as one JSON object, the documented
 * keys first and in its order, the extra detail after, so the documented shape reads the same as the spec.
 *
 * The top level is indented for people; each entry of `files` is one compact line. A tree-wide change has
 * 100,000 files: one line each keeps the output a third the size of full indentation, greppable, and
 * cheap to produce (no second, reordered copy of every object).
 */
import type { FileDecision, Hold, Reason, RoutingDecision } from '../routing/types.js';
import { reasonJson } from './reason-text.js';

/** The documented keys, in their order (docs/ROUTING.md, "The JSON shape"). */
const DECISION_KEYS = ['files', 'mentioned', 'labels', 'reviewers', 'teamReviewers', 'blocked', 'holds'] as const;
/** The documented hold keys in their order, then the gate's (docs/ROUTING.md, "The JSON shape"; docs/GATE.md, "Acks"). */
const HOLD_KEYS = ['subsystem', 'stance', 'files', 'canLift', 'liftedBy', 'droppedAcks', 'cannotAck'] as const;

/**
 * Prints the decision with a trailing newline. FileDecision objects are built with the documented key order
 * (see decideFile), so they are printed as they are.
 *
 * @example renderJson(decision)
 *   // → '{\n  "files": [\n    {"path":"rust/kernel/str.rs","rust":true,…}\n  ],\n  "mentioned": [],\n  …\n}\n'
 */
export function renderJson(decision: RoutingDecision): string {
  return [...renderJsonChunks(decision)].join('');
}

/**
 * The same text in pieces (one per file line), so the CLI can write a tree-wide decision without holding
 * a second, 50 MB copy of it as one string.
 */
export function* renderJsonChunks(decision: RoutingDecision): Generator<string> {
  for (const [at, key] of DECISION_KEYS.entries()) {
    const lead = at === 0 ? '{\n' : ',\n';
    if (key === 'files') yield* renderFiles(decision, lead);
    else if (key === 'holds') yield `${lead}  "holds": ${indent(decision.holds.map(orderHold))}`;
    else yield `${lead}  ${JSON.stringify(key)}: ${indent(decision[key])}`;
  }
  for (const [key, value] of Object.entries(decision)) {
    // An optional key present but unset (policyChanges: undefined) is left out, as JSON.stringify would.
    if (value === undefined || (DECISION_KEYS as readonly string[]).includes(key)) continue;
    // Per-subsystem rows list every path they own: one compact line each, like `files`.
    if (key === 'subsystems') yield* renderLines(key, value as readonly object[], ',\n', JSON.stringify);
    else yield `,\n  ${JSON.stringify(key)}: ${indent(value)}`;
  }
  yield '\n}\n';
}

function* renderFiles(decision: RoutingDecision, lead: string): Generator<string> {
  yield* renderLines('files', decision.files, lead, fileLines());
}

/** The fields of a FileDecision besides its path. */
const FIELDS_AFTER_PATH = ['rust', 'subsystems', 'stance', 'decision', 'owner', 'stanceSource', 'reason'] as const;

/**
 * One line per file, each as stringifyFile prints it. Routing hands the files of one directory the same values
 * (shared-values.ts), so a file decided as the one before it differs from it only in its path: its line is
 * that path and the text after the previous file's path, made once for the run of them instead of once for
 * each of a tree's 86,629 files. A rename (`previousPath`) is always printed whole.
 */
function fileLines(): (file: FileDecision) => string {
  const shared = new WeakMap<object, string>();
  let previous: FileDecision | undefined;
  let afterPath: string | null = null;
  return (file) => {
    const alike = previous !== undefined && afterPath !== null && decidedAlike(file, previous);
    previous = file;
    if (!alike) {
      const line = stringifyFile(file, shared);
      const lead = `{"path":${JSON.stringify(file.path)},`;
      // Only a line that starts with the path can lend what follows it.
      afterPath = line.startsWith(lead) ? line.slice(lead.length) : null;
      return line;
    }
    return `{"path":${JSON.stringify(file.path)},${afterPath}`;
  };
}

/** Whether two files differ only in their paths (a rename never counts as alike: its old path is its own). */
function decidedAlike(file: FileDecision, other: FileDecision): boolean {
  if (file.previousPath !== undefined || other.previousPath !== undefined) return false;
  for (let i = 0; i < FIELDS_AFTER_PATH.length; i++) {
    if (file[FIELDS_AFTER_PATH[i]] !== other[FIELDS_AFTER_PATH[i]]) return false;
  }
  return true;
}

/** An array of objects as `"key": [` + one compact line per object + `]`. */
function* renderLines<T>(key: string, items: readonly T[], lead: string, line: (item: T) => string): Generator<string> {
  if (items.length === 0) {
    yield `${lead}  "${key}": []`;
    return;
  }
  yield `${lead}  "${key}": [`;
  // An index, not entries(): no [index, item] pair for each of 100,000 items.
  for (let at = 0; at < items.length; at++) yield (at === 0 ? '\n    ' : ',\n    ') + line(items[at]);
  yield '\n  ]';
}

/**
 * JSON.stringify(file), with the text of each object value (subsystem lists, reasons) made once per
 * object: routing shares them between the thousands of paths one pattern decides (shared-values.ts). A
 * reason prints as reasonJson has it: the pattern and where it is written.
 */
export function stringifyFile(file: FileDecision, shared: WeakMap<object, string>): string {
  let out = '{';
  // for…in, not Object.entries: no [key, value] array per property of 100,000 files.
  for (const key in file) {
    const value: unknown = file[key as keyof FileDecision];
    if (value === undefined) continue;
    let text: string;
    if (typeof value === 'object' && value !== null) {
      text = shared.get(value) ?? JSON.stringify(key === 'reason' ? reasonJson(value as Reason) : value);
      shared.set(value, text);
    } else {
      text = JSON.stringify(value);
    }
    out += `${out.length === 1 ? '' : ','}"${key}":${text}`;
  }
  return `${out}}`;
}

/** JSON.stringify indented for a value that sits one level deep. */
function indent(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

function orderHold(hold: Hold): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of HOLD_KEYS) out[key] = hold[key];
  for (const [key, item] of Object.entries(hold)) if (!(key in out)) out[key] = item;
  return out;
}

/**
 * How reports word a routing reason (routing/types.ts `Reason`) and where a stance came from: the sentence
 * under each path in the text output, the comment, `explain`, and `reason.text` in the JSON.
 */
import type { StanceSource } from '../model.js';
import type { FileDecision, Hold, Reason } from '../routing/types.js';

/** How reports name where a stance came from. */
export const STANCE_SOURCE_WORDS: Readonly<Record<StanceSource | 'default', string>> = {
  policy: 'explicit',
  'import-stances': 'import stances',
  'rust-tag': '[RUST] in its name',
  'kernel-default': 'the kernel default for RUST',
  default: 'default-stance',
};

/**
 * Routing shares one Reason object between the thousands of paths one pattern decides; its sentence is made
 * once per object too (a tree-wide text or JSON report has 100,000 of them).
 */
const sentences = new WeakMap<Reason, string>();

/**
 * The reason as one sentence (unescaped: each report escapes it for its medium).
 *
 * @example reasonText(reason)
 *   // → '"rust/kernel/block/" (MAINTAINERS:3941) → BLOCK LAYER DEVICE DRIVER API [RUST], stance opt-in ([RUST] in its name)'
 */
export function reasonText(reason: Reason): string {
  let text = sentences.get(reason);
  if (text === undefined) {
    const { pattern, origin, subsystem } = reason;
    const fallback = reason.fallback ? ' (fallback: nothing more specific owns it)' : '';
    text = `"${pattern}" (${origin.file}:${origin.line}) → ${subsystem}${fallback}${decidedBy(reason.by)}`;
    sentences.set(reason, text);
  }
  return text;
}

/**
 * The reason as `--format json` and the action's `report` output print it: the pattern and where it is written.
 * Its subsystem is the file's `owner` and its sentence is reasonText's; printing either again on each of a
 * tree's 86,629 lines would double the output (docs/PERFORMANCE.md).
 *
 * @example reasonJson(reason) // → { pattern: 'rust/', origin: { file: 'MAINTAINERS', line: 20512, col: 4 } }
 */
export function reasonJson(reason: Reason): { pattern: string; origin: Reason['origin'] } {
  return { pattern: reason.pattern, origin: reason.origin };
}

/**
 * A non-Rust path's other owners are not counted here ("and 1 more owner" named nobody): every report lists
 * them by name beside the reason (`subsystems`).
 */
function decidedBy(by: Reason['by']): string {
  if ('stance' in by) {
    const strictest = by.weighed > 1 ? `; strictest of ${by.weighed} owners` : '';
    return `, stance ${by.stance} (${STANCE_SOURCE_WORDS[by.source]}${strictest})`;
  }
  return '';
}

/**
 * A file's decision as reports word it, agreeing with the verdict: a Rust path whose hold was lifted reads
 * `opt-out, lifted by hch-lst`, never `blocked` under a ✅ headline.
 *
 * @example fileDecisionWords({ decision: 'blocked', stance: 'opt-out', … }, { liftedBy: ['hch-lst'], … }) // → 'opt-out, lifted by hch-lst'
 * @example fileDecisionWords({ decision: 'opt-in', stance: 'opt-in', … }, undefined) // → 'opt-in'
 */
export function fileDecisionWords(file: Pick<FileDecision, 'decision' | 'stance'>, hold: Hold | undefined): string {
  if (file.stance === null || file.stance === file.decision) return file.decision;
  const held = file.decision === 'needs-ack' || file.decision === 'blocked';
  if (held && hold !== undefined && hold.liftedBy.length > 0)
    return `${file.stance}, lifted by ${hold.liftedBy.join(', ')}`;
  return `${file.decision}, ${file.stance}`;
}

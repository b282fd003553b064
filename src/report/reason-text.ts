/**
 * How reports word a routing reason (routing/types.ts `Reason`) and where a stance came from: the sentence
 * under each path in the text output, the comment, `explain`, and `reason.text` in the JSON.
 */
import type { StanceSource } from '../model.js';
import type { Reason } from '../routing/types.js';

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
 * The reason as `--format json` and the action's `report` output print it: where it points, then the sentence.
 *
 * @example reasonJson(reason) // → { subsystem: 'RUST', pattern: 'rust/', origin: { … }, text: '"rust/" (MAINTAINERS:20512) → RUST, …' }
 */
export function reasonJson(reason: Reason): {
  subsystem: string;
  pattern: string;
  origin: Reason['origin'];
  text: string;
} {
  return { subsystem: reason.subsystem, pattern: reason.pattern, origin: reason.origin, text: reasonText(reason) };
}

function decidedBy(by: Reason['by']): string {
  if ('stance' in by) {
    const strictest = by.weighed > 1 ? `; strictest of ${by.weighed} owners` : '';
    return `, stance ${by.stance} (${STANCE_SOURCE_WORDS[by.source]}${strictest})`;
  }
  if (by.owners <= 1) return '';
  return by.owners === 2 ? ' and 1 more owner' : ` and ${by.owners - 1} more owners`;
}

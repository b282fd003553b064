/**
 * The error annotations on held Rust files (docs/GATE.md, "Annotations"). GitHub shows at most 10 error annotations per step,
 * so past the limit all but one stay individual and the last names the rest.
 */
import type { RoutingDecision } from '../routing/types.js';

/** GitHub drops error annotations past this many per step (docs/GITHUB-PLATFORM.md, "Annotations and the job summary"). */
export const MAX_ERROR_ANNOTATIONS = 10;

/** Files the last annotation names; the job summary lists them all. */
const NAMED_IN_SUMMARY = 20;

/** One `::error` annotation; `file` puts it on the file in the PR's diff. */
export interface Annotation {
  title: string;
  message: string;
  file?: string;
}

/**
 * One annotation per Rust file under a standing hold, saying which subsystem holds it and whose approval
 * lifts it; at most `limit` (default 10: leave room for the step's own failure message by passing 9).
 *
 * @example heldFileAnnotations(decision)[0]
 *   // → { title: 'rust: blocked', file: 'kernel/dma/pool.rs',
 *   //     message: 'Rust in DMA MAPPING HELPERS, which opted out of Rust: blocked until one of its maintainers (hch, mszyprow) approves an exception.' }
 */
export function heldFileAnnotations(decision: RoutingDecision, limit = MAX_ERROR_ANNOTATIONS): Annotation[] {
  const all: Annotation[] = [];
  for (const hold of decision.holds) {
    // A blocking finding is annotated on its own line (findingAnnotations), not on the whole file.
    if (hold.liftedBy.length > 0 || hold.checks !== undefined) continue;
    const who = hold.canLift.length > 0 ? hold.canLift.join(', ') : 'nobody listed: add a maintainer to the policy';
    const message =
      hold.stance === 'opt-out'
        ? `Rust in ${hold.subsystem}, which opted out of Rust: blocked until one of its maintainers (${who}) approves an exception.`
        : `Rust in ${hold.subsystem}, which has not decided on Rust: waiting for an ack, an approving review by one of its maintainers (${who}).`;
    const title = hold.stance === 'opt-out' ? 'rust: blocked' : 'rust: needs-ack';
    for (const file of hold.files) all.push({ title, message, file });
  }
  if (all.length <= limit) return all;
  const shown = all.slice(0, limit - 1);
  const rest = all.slice(limit - 1);
  const listed = rest.slice(0, NAMED_IN_SUMMARY).map((a) => a.file);
  const names = rest.length > NAMED_IN_SUMMARY ? `${listed.join(', ')}, …` : listed.join(', ');
  shown.push({
    title: 'more held Rust files',
    message: `${rest.length} more held Rust files (see the job summary): ${names}`,
  });
  return shown;
}

/** One annotation on a finding's line: a warning, or an error when its check is set to `block`. */
export interface FindingAnnotation extends Annotation {
  level: 'warning' | 'error';
  line?: number;
}

/** GitHub also shows at most this many warning annotations per step. */
export const MAX_WARNING_ANNOTATIONS = 10;

/**
 * The Rust review's findings as annotations on their lines (docs/RUST-REVIEW.md, "Findings"): blocking ones
 * first, as errors, up to `errorLimit`; the others as warnings, up to 10. Past a limit the findings stay in
 * the comment and the summary, which list them all.
 *
 * @example findingAnnotations(decision, 9)[0]
 *   // → { level: 'warning', title: 'rust: safety-comment', file: 'rust/kernel/x.rs', line: 12, message: '`unsafe` block without …' }
 */
export function findingAnnotations(decision: RoutingDecision, errorLimit: number): FindingAnnotation[] {
  const held = new Set(
    decision.holds.filter((h) => h.checks !== undefined && h.liftedBy.length === 0).map((h) => h.subsystem),
  );
  const annotations: FindingAnnotation[] = [];
  let errors = 0;
  let warnings = 0;
  for (const finding of decision.findings ?? []) {
    const blocking = finding.severity === 'block' && finding.subsystem !== null && held.has(finding.subsystem);
    if (blocking ? errors++ >= errorLimit : warnings++ >= MAX_WARNING_ANNOTATIONS) continue;
    // The checks' messages are fragments without a full stop: the blocking sentence needs one before it.
    const lift = blocking ? `. Blocks until one of ${finding.subsystem}'s maintainers approves.` : '';
    annotations.push({
      level: blocking ? 'error' : 'warning',
      title: `rust: ${finding.check}`,
      message: `${finding.message}${lift}`,
      file: finding.path,
      ...(finding.line === null ? {} : { line: finding.line }),
    });
  }
  return annotations;
}

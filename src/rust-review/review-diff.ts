/**
 * The Rust checks on a diff (docs/RUST-REVIEW.md, "Checks"): `safety-comment`, `unstable-feature` and
 * `toolchain`, on the added lines (and, for the features list and the toolchain, the removed ones) of each
 * file's hunks. Pure: routing gives the findings their severity, subsystem and holds.
 */
import type { ChangedFile } from '../diff/types.js';
import { checkFeatureAttributes } from './check-feature-attributes.js';
import { checkFeaturesFile, checkKernelFeaturesList, KERNEL_FEATURES_FILE } from './check-features-list.js';
import { checkSafetyComments } from './check-safety-comment.js';
import { checkMinToolVersion, checkToolchainFile, MIN_TOOL_VERSION_FILE } from './check-toolchain.js';
import { compilePathSet } from './path-set.js';
import type { ReviewSink } from './review-sink.js';
import type { CheckId, RustReviewPolicy } from './types.js';

/** Toolchain files wherever they are: rustup reads them in any directory it builds in. */
const TOOLCHAIN_BASENAMES: ReadonlySet<string> = new Set(['rust-toolchain', 'rust-toolchain.toml']);

/**
 * A rustup toolchain file, in any directory: checked by `toolchain` whatever `rust.toolchain-files` says.
 *
 * @example isRustupToolchainFile('samples/rust/rust-toolchain.toml') // → true
 */
export function isRustupToolchainFile(path: string): boolean {
  return TOOLCHAIN_BASENAMES.has(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Runs every check that is not `off` on the changed files.
 *
 * - A deleted file has no added lines, so no safety or `#![feature]` finding; its removal of the features
 *   list or a toolchain pin is a finding, with line null.
 * - A file without hunks (a path list, a binary file, a diff GitHub left out) is not checked line by line;
 *   a toolchain or features file is still a finding for the file, since its path says enough.
 * - A place whose deciding lines are not in the diff is in `unchecked`, never a finding.
 *
 * @param isRust whether a path is Rust (the policy's `rust.files`).
 * @example reviewDiff([{ path: 'rust/x.rs', status: 'added', hunks: [{ oldStart: 0, newStart: 1, lines: ['+unsafe { f() }'] }] }], DEFAULT_RUST_REVIEW, (p) => p.endsWith('.rs'))
 *   // → { findings: [{ check: 'safety-comment', path: 'rust/x.rs', line: 1,
 *   //      message: '`unsafe` block without a `// SAFETY:` comment just above it' }], unchecked: [] }
 */
export function reviewDiff(
  files: readonly ChangedFile[],
  policy: RustReviewPolicy,
  isRust: (path: string) => boolean,
): ReviewSink {
  const sink: ReviewSink = { findings: [], unchecked: [] };
  const on = (check: CheckId): boolean => policy.checks[check] !== 'off';
  const isFeaturesFile = compilePathSet(policy.featuresFiles);
  const isToolchainFile = compilePathSet(policy.toolchainFiles);
  for (const file of files) {
    if (file.status === 'unchanged') continue;
    if (file.hunks && file.status !== 'removed' && isRust(file.path)) {
      if (on('safety-comment')) checkSafetyComments(file.path, file.hunks, sink);
      if (on('unstable-feature')) checkFeatureAttributes(file.path, file.hunks, sink);
    }
    if (on('unstable-feature') && isFeaturesFile(file.path)) {
      if (file.path !== KERNEL_FEATURES_FILE) checkFeaturesFile(file, sink);
      else if (file.hunks) checkKernelFeaturesList(file, sink);
    }
    if (on('toolchain')) {
      if (file.path === MIN_TOOL_VERSION_FILE) {
        if (isToolchainFile(file.path) && file.hunks) checkMinToolVersion(file, sink);
      } else if (isRustupToolchainFile(file.path) || isToolchainFile(file.path)) checkToolchainFile(file, sink);
    }
  }
  return sink;
}

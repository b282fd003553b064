/**
 * Everything routing needs, compiled once per run from the policy: the path index, the keyword index and the
 * Rust classifier. Routing a PR then never looks at a pattern's text again.
 */
import type { Parsed } from '../errors.js';
import { compileKeywordIndex, type KeywordIndex } from '../keywords/keyword-index.js';
import { compileSubsystemIndex } from '../matcher/compile-subsystem-index.js';
import type { IsDirectory, SubsystemIndex } from '../matcher/types.js';
import type { Policy } from '../model.js';
import { compileRustClassifier } from './classify-rust.js';

/** A policy ready for routeChanges: the policy itself plus its compiled indexes. */
export interface CompiledPolicy {
  policy: Policy;
  /** F:/X:/N: patterns of every subsystem, indexed by subsystem position in `policy.subsystems`. */
  index: SubsystemIndex;
  /** K: patterns, scanned over the PR text and diff lines. */
  keywords: KeywordIndex;
  /** `rust.files`: whether a path is a Rust change. */
  isRust(path: string): boolean;
}

export interface CompilePolicyOptions {
  /**
   * Whether a literal kernel pattern without a trailing `/` names a directory (get_maintainer.pl's `-d`).
   * Optional; defaults to the matcher's own default.
   */
  isDirectory?: IsDirectory;
  /**
   * Whether to compile the K: keywords. A change with no text to search them in (a list of paths) leaves
   * them out: 51 regexes in 6.12, and the regex engine loaded for nothing; `validate` still checks them all.
   * Optional; defaults to true.
   */
  keywords?: boolean;
}

/** The keyword index of a policy compiled without its keywords: searching it finds nothing. */
const NO_KEYWORDS: Parsed<KeywordIndex> = {
  value: {
    scan: (texts) => ({
      hits: [],
      scan: { scannedBytes: 0, totalBytes: texts.reduce((sum, t) => sum + t.length, 0), capped: false },
    }),
    inText: () => [],
  },
  errors: [],
  warnings: [],
};

/**
 * Compiles a policy. Errors and warnings of the matcher, the keyword index and `rust.files` are passed through
 * as they are (each already names `file:line:col` and the pattern), so one run reports every bad pattern.
 *
 * @example
 *   const { value: compiled, errors } = compilePolicy(policy);
 *   if (errors.length === 0) routeChanges(changes, compiled);
 */
export function compilePolicy(policy: Policy, options: CompilePolicyOptions = {}): Parsed<CompiledPolicy> {
  const index = compileSubsystemIndex(
    policy.subsystems,
    options.isDirectory ? { isDirectory: options.isDirectory } : undefined,
  );
  const keywords = options.keywords === false ? NO_KEYWORDS : compileKeywordIndex(policy.subsystems);
  const rust = compileRustClassifier(policy.rustFiles);
  return {
    value: { policy, index: index.value, keywords: keywords.value, isRust: rust.value },
    errors: [...index.errors, ...keywords.errors, ...rust.errors],
    warnings: [...index.warnings, ...keywords.warnings, ...rust.warnings],
  };
}

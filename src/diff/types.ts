/** A changed path as the API or a diff reports it. Renames and copies keep the old path. */
export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  /** The path before a rename or the source of a copy. */
  previousPath?: string;
  status: ChangeStatus;
  binary?: boolean;
  /**
   * The file's hunks, when the diff text was read (a patch, git, the API's `patch`); absent for a path list
   * or a file whose diff GitHub did not include. The Rust checks and interface routing read them.
   */
  hunks?: Hunk[];
  /**
   * The file's diff exists but its text was not given: GitHub omits the `patch` of a very large diff, and git's
   * output may be cut at its size cap. A blocking Rust check cannot clear such a file (docs/RUST-REVIEW.md,
   * "What the checks can see").
   */
  diffOmitted?: boolean;
}

/**
 * One hunk of a unified diff: `@@ -oldStart,… +newStart,… @@`, then its lines, each still with its marker
 * (`' '` context, `'+'` added, `'-'` removed). An empty context line whose space a mailer stripped is `' '`.
 */
export interface Hunk {
  oldStart: number;
  newStart: number;
  lines: string[];
}

/** Everything routing needs to know about a change, however it was obtained (API, patch, git). */
export interface ChangeSet {
  files: ChangedFile[];
  /** PR title, or the patch's Subject. */
  title: string;
  /** PR body, or the commit message body. */
  body: string;
  /** The diff's added and removed lines without their +/- marker (what K: is matched against). */
  diffLines: string[];
  /**
   * For a patch read as get_maintainer.pl reads one (get-maintainer/read-patch.ts): the lines K: keywords are
   * searched in — every line before the first `---`/`+++` header, then the `+`/`-` lines. When set, keywords
   * are searched in `title` and these lines only. Optional.
   */
  keywordLines?: string[];
}

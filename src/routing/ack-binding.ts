/**
 * Whether an approval still covers what is in the PR now (docs/GATE.md, "Acks bound to what was reviewed").
 * A maintainer who approved commit R approved the change the PR made at R. The ack still holds at head H
 * when, for every Rust file their subsystem holds, the PR changes that file the same way at R as at H:
 * the patch of `base…R` equals the patch of `base…H`, each taken against its own merge base, compared
 * without the hunks' line numbers (a clean rebase moves them) but with every other line (one new line in
 * a held file is a different change).
 *
 * Missing information never counts as "the same": a file the compare did not list (it stops at 300 files)
 * or listed without a patch (binary, or too large) makes the ack unprovable, and only an approval of the
 * head commit itself counts for it.
 */

/** One file of a comparison, as the compare API lists it. */
export interface FilePatch {
  status: string;
  /** The old path of a rename or copy. */
  previousPath?: string;
  /** The unified hunks; absent for binary files and diffs GitHub found too large to show. */
  patch?: string;
}

/** The PR's changes as of one commit: `base…commit`, file by file. */
export interface PatchSide {
  files: ReadonlyMap<string, FilePatch>;
  /**
   * False when the comparison may have left files out (the compare API lists at most 300): a file absent
   * from an incomplete side is unknown, not unchanged.
   */
  complete: boolean;
}

/** A hunk header's positions: `@@ -12,7 +12,8 @@ fn probe()` → `@@`. A rebase moves them; nothing else. */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@.*$/gm;

/**
 * The held files (among `held`) whose change at the reviewed commit cannot be shown to equal the change at
 * head; empty when the ack still covers them all. An undefined side (the comparison could not be read)
 * makes every file count as changed.
 *
 * @example changedSince(['rust/x.rs'], reviewedSide, headSide) // → [] after a clean rebase, ['rust/x.rs'] after a new line
 */
export function changedSince(
  held: readonly string[],
  reviewed: PatchSide | undefined,
  head: PatchSide | undefined,
): string[] {
  if (reviewed === undefined || head === undefined) return [...held];
  return held.filter((path) => !samePatch(lookup(reviewed, path), lookup(head, path)));
}

/** A file's entry; `undefined` = not changed at that commit (only provable on a complete side); null = unknown. */
function lookup(side: PatchSide, path: string): FilePatch | undefined | null {
  const file = side.files.get(path);
  if (file !== undefined) return file;
  return side.complete ? undefined : null;
}

/**
 * Whether two sides change a file identically. Both unchanged is the same; unknown is never the same; a
 * file without a patch is the same as nothing (its content cannot be compared).
 */
function samePatch(a: FilePatch | undefined | null, b: FilePatch | undefined | null): boolean {
  if (a === null || b === null) return false;
  if (a === undefined || b === undefined) return a === b;
  if (a.patch === undefined || b.patch === undefined) return false;
  if (a.status !== b.status || (a.previousPath ?? '') !== (b.previousPath ?? '')) return false;
  return normalisePatch(a.patch) === normalisePatch(b.patch);
}

/**
 * A patch without its hunks' positions and with LF line ends, for comparing changes across a rebase.
 *
 * @example normalisePatch('@@ -1,2 +3,2 @@ fn a()\r\n-x\r\n+y') // → '@@\n-x\n+y'
 */
export function normalisePatch(patch: string): string {
  return patch.replace(/\r\n/g, '\n').replace(HUNK_HEADER, '@@').replace(/\n+$/, '');
}

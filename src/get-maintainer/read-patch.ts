/**
 * A patch read the way scripts/get_maintainer.pl reads one (its `while (<$patch>)` loop): which paths it names,
 * and which lines its K: keywords are searched in.
 *
 * The rules, line by line, in this order:
 * - ` mode change 100644 => 100755 PATH`, `rename from PATH`, `rename to PATH` name PATH;
 * - `diff --git a/X b/Y` names X and Y;
 * - `Fixes: <sha>` names a commit whose signers get_maintainer.pl adds from git (signatures.ts);
 * - `--- X` / `+++ X` name X without its first component (`a/`, `b/`; `/dev/null` becomes `dev/null`, which
 *   get_maintainer.pl then routes like any path) and end the "intro": from then on keywords are searched only
 *   in lines starting with `+` or `-`;
 * - `@@ …` hunk headers are skipped;
 * - every other line is searched for keywords: before the first `---`/`+++` header in full (From:, Date:,
 *   Subject:, the message, the diffstat, the first `index` line), after it only `+`/`-` lines.
 * Paths stop at the first whitespace (`\S+`), as there. The path list is sorted and deduplicated.
 */

import { sortAndUniq } from './sort-and-uniq.js';

/** What get_maintainer.pl takes from one patch. */
export interface GetMaintainerPatch {
  /** Every path named, sorted (by UTF-16 code unit, as Perl's `sort` on these ASCII paths) and unique. */
  files: string[];
  /**
   * The lines keywords are searched in. Intro lines are whole; later lines lose their `+`/`-` marker, since
   * get_maintainer.pl's `m/^[+-].*$keyword/x` lets a keyword match anywhere after it.
   */
  keywordLines: string[];
  /** No path was named: get_maintainer.pl warns "doesn't appear to be a patch". */
  noFiles: boolean;
  /** The commits its `Fixes:` lines name (6 to 40 hex digits), each once, in the order first named. */
  fixes: string[];
}

const MODE_CHANGE = /^ mode change [0-7]+ => [0-7]+ (\S+)\s*$/;
const RENAME = /^rename (?:from|to) (\S+)\s*$/;
const DIFF_GIT = /^diff --git a\/(\S+) b\/(\S+)\s*$/;
const FIXES = /^Fixes:\s+([0-9a-fA-F]{6,40})/;
const FILE_HEADER = /^(?:\+\+\+|---)\s+(\S+)/;
const HUNK_HEADER = /^@@ -(\d+),(\d+)/;

/**
 * Reads a patch (a `git format-patch` file, a series, or a plain diff) as get_maintainer.pl does.
 *
 * @example readPatchLikeGetMaintainer('Subject: bpf: x\n---\n kernel/bpf/core.c | 1 +\n--- a/kernel/bpf/core.c\n+++ b/kernel/bpf/core.c\n+x\n')
 *   // → { files: ['kernel/bpf/core.c'], keywordLines: ['Subject: bpf: x', '---', ' kernel/bpf/core.c | 1 +', 'x'], noFiles: false, fixes: [] }
 */
export function readPatchLikeGetMaintainer(text: string): GetMaintainerPatch {
  const files: string[] = [];
  const keywordLines: string[] = [];
  const fixes = new Set<string>();
  let intro = true;
  const lines = text.split('\n');
  // A final newline ends the last line; it does not start another one.
  if (lines[lines.length - 1] === '') lines.pop();
  for (const raw of lines) {
    // Perl's `\s*$` and `\S+` treat a CR like any whitespace; a CRLF patch reads the same.
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let match: RegExpExecArray | null;
    if ((match = MODE_CHANGE.exec(line)) !== null || (match = RENAME.exec(line)) !== null) {
      files.push(match[1]);
    } else if ((match = DIFF_GIT.exec(line)) !== null) {
      files.push(match[1], match[2]);
    } else if ((match = FIXES.exec(line)) !== null) {
      fixes.add(match[1]);
    } else if ((match = FILE_HEADER.exec(line)) !== null) {
      files.push(match[1].replace(/^[^/]*\//, ''));
      intro = false;
    } else if (HUNK_HEADER.test(line)) {
      continue;
    } else if (intro) {
      keywordLines.push(line);
    } else if (line.startsWith('+') || line.startsWith('-')) {
      keywordLines.push(line.slice(1));
    }
  }
  return { files: sortAndUniq(files), keywordLines, noFiles: files.length === 0, fixes: [...fixes] };
}

// A file's `patch` as GitHub shows it in pull-request files and comparisons: git's unified diff body (the hunks,
// without the `diff --git`/`---`/`+++` header), three lines of context, hunks closer than 2 × 3 unchanged lines
// merged, hunk headers in git's format (`@@ -12,7 +12,8 @@ fn probe(`: a count of 1 is omitted, an empty side
// starts at the line before), the function-name context git's default funcname rule finds (the nearest earlier
// line of the old file starting with a letter, `_` or `$`, at most 80 bytes), and `\ No newline at end of file`.
//
// Lines are matched with Myers' O(ND) algorithm, as git's default diff does; git adds an indent heuristic that
// can slide an ambiguous hunk by a line, which this does not model (the action compares patches with each other,
// both made here, so the choice only has to be consistent).
//
// @example
//   unifiedDiff(Buffer.from('a\nb\nc\n'), Buffer.from('a\nB\nc\n'))
//   // → { patch: '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c', additions: 1, deletions: 1 }
import { Buffer } from 'node:buffer';

/** Lines of unchanged context around each change (git's default, `-U3`). */
export const CONTEXT_LINES = 3;
/** Git treats a file as binary when a NUL byte occurs in its first 8,000 bytes (xdiff's `buffer_is_binary`). */
const BINARY_PROBE_BYTES = 8000;
/** Git's funcname context is cut at 80 bytes (xdiff's `funcbuf`). */
const FUNCNAME_BYTES = 80;
/**
 * GitHub leaves `patch` out when one file's diff is past its diff limits: 20,000 lines or 500 KB of raw diff
 * (docs.github.com, "Repository limits", "Diff limits"; that the REST API then omits `patch` is observed).
 */
export const MAX_PATCH_LINES = 20000;
export const MAX_PATCH_BYTES = 500 * 1024;

/**
 * Whether git would call these bytes binary.
 * @param {Buffer | undefined} bytes
 */
export function isBinary(bytes) {
  return Boolean(bytes && bytes.subarray(0, BINARY_PROBE_BYTES).includes(0));
}

/**
 * A file's lines, each with its terminator, so `x` at the end of a file differs from `x\n` as it does for git.
 * @param {Buffer | undefined} bytes
 * @returns {string[]}
 */
function splitLines(bytes) {
  if (!bytes || bytes.length === 0) return [];
  const text = bytes.toString('utf8');
  const lines = text.split('\n').map((line) => `${line}\n`);
  if (text.endsWith('\n')) lines.pop();
  else lines[lines.length - 1] = lines[lines.length - 1].slice(0, -1);
  return lines;
}

/**
 * Myers' shortest edit script between two line arrays, as pairs of matched line indexes in increasing order.
 * @param {readonly string[]} a
 * @param {readonly string[]} b
 * @returns {Array<[number, number]>} matched (unchanged) lines: [index in a, index in b]
 */
function matchLines(a, b) {
  // Trim the common prefix and suffix first: most edits are small, and it keeps the search short.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  /** @type {Array<[number, number]>} */
  const matches = [];
  for (let i = 0; i < start; i++) matches.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  /** @type {Int32Array[]} */
  const trace = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace backwards to recover the diagonal (matched) moves.
  /** @type {Array<[number, number]>} */
  const middle = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      middle.push([start + x, start + y]);
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  // d = 0 leaves the leading snake, already walked above when x, y reach 0 along the diagonal.
  while (x > 0 && y > 0) {
    x--;
    y--;
    middle.push([start + x, start + y]);
  }
  matches.push(...middle.reverse());
  for (let i = 0; i < a.length - endA; i++) matches.push([endA + i, endB + i]);
  return matches;
}

/**
 * The funcname context for a hunk starting at old line `from` (0-based): the nearest line before it that
 * starts with a letter, `_` or `$`, trailing whitespace trimmed, at most 80 bytes.
 * @param {readonly string[]} old
 * @param {number} from
 */
function funcname(old, from) {
  for (let i = from - 1; i >= 0; i--) {
    if (/^[A-Za-z_$]/.test(old[i])) {
      const line = Buffer.from(old[i].replace(/\n$/, ''), 'utf8').subarray(0, FUNCNAME_BYTES).toString('utf8');
      return line.replace(/\s+$/, '').replace(/\uFFFD$/, '');
    }
  }
  return '';
}

/**
 * One line of a hunk: its sign, its text without the terminator, and git's marker when it has none.
 * @param {string} sign
 * @param {string} line
 */
function hunkLine(sign, line) {
  return line.endsWith('\n') ? `${sign}${line.slice(0, -1)}` : `${sign}${line}\n\\ No newline at end of file`;
}

/**
 * The unified diff body between two versions of a file, with its counts. `patch` is undefined for binary
 * content and past GitHub's per-file limits; for identical content it is '' (GitHub lists no such file).
 * @param {Buffer | undefined} before undefined: the file is added
 * @param {Buffer | undefined} after undefined: the file is removed
 * @returns {{ patch?: string, additions: number, deletions: number }}
 */
export function unifiedDiff(before, after) {
  if (isBinary(before) || isBinary(after)) return { additions: 0, deletions: 0 };
  const old = splitLines(before);
  const now = splitLines(after);
  const matches = matchLines(old, now);
  /** @type {Array<{ type: ' ' | '-' | '+', a: number, b: number }>} the edit script, in order */
  const script = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [old.length, now.length]]) {
    while (i < mi) script.push({ type: '-', a: i++, b: j });
    while (j < mj) script.push({ type: '+', a: i, b: j++ });
    if (mi < old.length || mj < now.length) script.push({ type: ' ', a: i++, b: j++ });
  }
  const additions = script.filter((s) => s.type === '+').length;
  const deletions = script.filter((s) => s.type === '-').length;
  // Group changes into hunks: a run of unchanged lines longer than 2 × context separates two hunks.
  /** @type {Array<[number, number]>} [first, last] script indexes of each hunk's changes */
  const groups = [];
  for (let s = 0; s < script.length; s++) {
    if (script[s].type === ' ') continue;
    const last = groups.at(-1);
    if (last && s - last[1] - 1 <= 2 * CONTEXT_LINES) last[1] = s;
    else groups.push([s, s]);
  }
  const hunks = groups.map(([first, last]) => {
    let from = first;
    while (from > 0 && first - from < CONTEXT_LINES && script[from - 1].type === ' ') from--;
    let to = last;
    while (to < script.length - 1 && to - last < CONTEXT_LINES && script[to + 1].type === ' ') to++;
    const lines = script.slice(from, to + 1);
    const oldCount = lines.filter((s) => s.type !== '+').length;
    const newCount = lines.filter((s) => s.type !== '-').length;
    const oldStart = script[from].a + 1;
    const newStart = script[from].b + 1;
    const range = (/** @type {number} */ at, /** @type {number} */ count) =>
      `${count === 0 ? at - 1 : at}${count === 1 ? '' : `,${count}`}`;
    const context = funcname(old, script[from].a);
    const header = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@${context ? ` ${context}` : ''}`;
    const body = lines.map((s) => hunkLine(s.type, s.type === '+' ? now[s.b] : old[s.a]));
    return [header, ...body].join('\n');
  });
  const patch = hunks.join('\n');
  if (additions + deletions > MAX_PATCH_LINES || Buffer.byteLength(patch) > MAX_PATCH_BYTES) {
    return { additions, deletions };
  }
  return { patch, additions, deletions };
}

/**
 * Check `toolchain` (docs/RUST-REVIEW.md, "toolchain"): a change to the minimum or pinned Rust toolchain.
 * scripts/min-tool-version.sh is a shell `case` over tool names, `rustc)` then `echo 1.78.0` on the next
 * line: only the `rustc` and `bindgen` arms count, and the arm a changed line is in is read from the hunk's
 * lines above it. A `rust-toolchain(.toml)` or another file of `rust.toolchain-files` counts as a whole.
 */
import type { ChangedFile } from '../diff/types.js';
import { type ChangedLine, changedLines, linesAbove, linesBelow, startsAtTop } from './hunk-sides.js';
import type { ReviewSink } from './review-sink.js';
import { wholeFileLine } from './whole-file-line.js';

/** The kernel's file of minimum tool versions; also the name messages give it. */
export const MIN_TOOL_VERSION_FILE = 'scripts/min-tool-version.sh';
/** The arms of min-tool-version.sh that pin the Rust toolchain. */
const RUST_TOOLS: readonly string[] = ['rustc', 'bindgen'];
/** A `case` arm's pattern line: `rustc)`, `gcc|clang)`, `*)`. */
const ARM_PATTERN = /^\s*([^\s()]+(?:\s*\|\s*[^\s()]+)*)\s*\)/;
/** Lines that end an arm or the whole `case`: whatever is under them is in no arm. */
const ARM_END = /^\s*(?:;;|;&|;;&|esac\b|case\b)/;
/** The `case` line itself: a line above it is in no arm. */
const CASE_START = /^\s*case\b/;
const VERSION = /\b\d+(?:\.\d+)+\b/;

/** What one arm's changed lines say. */
interface ArmChange {
  removed?: string;
  added?: string;
  shown: ChangedLine;
}

/** Any change to a file that pins the toolchain: one finding for the file. */
export function checkToolchainFile(file: ChangedFile, sink: ReviewSink): void {
  const verb = file.status === 'removed' ? 'removes' : file.status === 'added' ? 'adds' : 'changes';
  sink.findings.push({
    check: 'toolchain',
    path: file.path,
    line: wholeFileLine(file),
    message: `${verb} the pinned Rust toolchain file ${file.path}`,
  });
}

/** A change in the `rustc)` or `bindgen)` arm of min-tool-version.sh: one finding per tool. */
export function checkMinToolVersion(file: ChangedFile, sink: ReviewSink): void {
  const arms = new Map<string, ArmChange>();
  for (const hunk of file.hunks ?? []) {
    let undecided = false;
    for (const line of changedLines(hunk)) {
      const arm = armOf(line);
      if (arm === undefined) {
        if (!undecided) {
          const reason = `cannot tell which tool's \`case\` arm of ${MIN_TOOL_VERSION_FILE} this change is in: the arm starts above the diff's lines`;
          sink.unchecked.push({ check: 'toolchain', path: file.path, line: line.newLine ?? 1, reason });
        }
        undecided = true;
        continue;
      }
      const tool = arm?.find((name) => RUST_TOOLS.includes(name));
      if (tool === undefined) continue;
      const change = arms.get(tool) ?? { shown: line };
      const version = VERSION.exec(line.text)?.[0];
      if (version !== undefined) change[line.marker === '+' ? 'added' : 'removed'] ??= version;
      if (change.shown.marker === '-' && line.marker === '+') change.shown = line;
      arms.set(tool, change);
    }
  }
  for (const tool of RUST_TOOLS) {
    const change = arms.get(tool);
    if (!change) continue;
    sink.findings.push({
      check: 'toolchain',
      path: file.path,
      line: file.status === 'removed' ? null : change.shown.newLine,
      message: describeChange(tool, change),
    });
  }
}

/**
 * The tool names of the arm a changed line is in: null when it is in none (above the `case`, or between
 * `;;` and the next pattern), undefined when the hunk does not reach up to the arm's pattern line.
 */
function armOf(line: ChangedLine): string[] | null | undefined {
  const own = ARM_PATTERN.exec(line.text);
  if (own) return armNames(own[1]);
  for (const above of linesAbove(line)) {
    if (ARM_END.test(above)) return null;
    const pattern = ARM_PATTERN.exec(above);
    if (pattern) return armNames(pattern[1]);
  }
  if (startsAtTop(line)) return null;
  // Nothing above says; a `case` line below, before any arm, puts the line above the whole `case`.
  for (const below of linesBelow(line)) {
    if (CASE_START.test(below)) return null;
    if (ARM_PATTERN.test(below) || ARM_END.test(below)) break;
  }
  return undefined;
}

function armNames(pattern: string): string[] {
  return pattern.split('|').map((name) => name.trim().replace(/^["']|["']$/g, ''));
}

function describeChange(tool: string, change: ArmChange): string {
  const { removed, added } = change;
  if (removed !== undefined && added !== undefined && removed !== added) {
    const verb = compareVersions(added, removed) > 0 ? 'raises' : 'lowers';
    return `${verb} the minimum ${tool} from ${removed} to ${added}`;
  }
  return `changes the minimum ${tool} version in ${MIN_TOOL_VERSION_FILE}`;
}

/** Numeric, part by part: 1.80.0 is above 1.8.0. */
function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let k = 0; k < Math.max(left.length, right.length); k++) {
    const diff = (left[k] ?? 0) - (right[k] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Check `unstable-feature`, first half (docs/RUST-REVIEW.md, "unstable-feature"): an added `#![feature(…)]`
 * in a Rust file, also inside `#![cfg_attr(…, feature(…))]`. Read from lexed code, so one in a comment or a
 * string does not count, and the attribute may span lines.
 */
import type { Hunk } from '../diff/types.js';
import { addedLineIncludes, knownRuns } from './known-runs.js';
import { lexRust } from './lex-rust.js';
import type { ReviewSink } from './review-sink.js';

const INNER_ATTRIBUTE = /#!\s*\[/g;
const FEATURE_LIST = /\bfeature\s*\(([^)]*)\)/g;

/** One finding per added inner attribute that enables features; the message names them. */
export function checkFeatureAttributes(path: string, hunks: readonly Hunk[], sink: ReviewSink): void {
  for (const run of knownRuns(hunks)) {
    // A finding is a `#!` on an added line.
    if (!addedLineIncludes(run, '#!')) continue;
    const code = lexRust(run.lines).map((line) => line.code);
    const text = code.join('\n');
    for (const match of text.matchAll(INNER_ATTRIBUTE)) {
      const at = match.index;
      const line = lineOf(code, at);
      if (!run.added[line]) continue;
      const body = text.slice(at + match[0].length, closingBracket(text, at + match[0].length));
      const features = [...body.matchAll(FEATURE_LIST)].flatMap((list) =>
        list[1]
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== ''),
      );
      if (features.length === 0) continue;
      const names = features.map((name) => `\`${name}\``).join(', ');
      const noun = features.length === 1 ? 'feature' : 'features';
      sink.findings.push({
        check: 'unstable-feature',
        path,
        line: run.start + line,
        message: `\`#![feature(...)]\` enables the unstable ${noun} ${names}`,
      });
    }
  }
}

/** The index of the `]` that closes the attribute opened just before `from`, or the text's end. */
function closingBracket(text: string, from: number): number {
  let depth = 1;
  for (let k = from; k < text.length; k++) {
    if (text[k] === '[') depth++;
    else if (text[k] === ']' && --depth === 0) return k;
  }
  return text.length;
}

function lineOf(code: readonly string[], offset: number): number {
  let line = 0;
  for (let seen = code[0].length + 1; seen <= offset; seen += code[++line].length + 1);
  return line;
}

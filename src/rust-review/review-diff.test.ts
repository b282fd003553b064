/**
 * unstable-feature and toolchain on the kernel's real files (fixtures/linux-6.12/tree/scripts, excerpts of
 * Linux 6.12), and what reviewDiff runs on which file.
 */
import { readFileSync } from 'node:fs';
import { parseUnifiedDiff } from '../diff/parse-unified-diff.js';
import type { ChangedFile, Hunk } from '../diff/types.js';
import { reviewDiff } from './review-diff.js';
import { DEFAULT_RUST_REVIEW, type RustReviewPolicy } from './types.js';

const TREE = new URL('../../fixtures/linux-6.12/tree/', import.meta.url);
const treeLines = (path: string): string[] => readFileSync(new URL(path, TREE), 'utf8').split('\n');
const patchFiles = (name: string): ChangedFile[] => {
  const parsed = parseUnifiedDiff(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'), name);
  expect(parsed.errors).toStrictEqual([]);
  return parsed.value.files;
};
const isRust = (path: string): boolean => path.endsWith('.rs');
const review = (files: ChangedFile[], policy: RustReviewPolicy = DEFAULT_RUST_REVIEW) =>
  reviewDiff(files, policy, isRust);

const MIN_TOOL = 'scripts/min-tool-version.sh';
const MAKEFILE_BUILD = 'scripts/Makefile.build';

/**
 * A hunk that replaces the line of the real file holding `old` (whole, after trimming) with `replacement`,
 * with `context` real lines either side: what `git diff -U<context>` would show.
 */
function hunkReplacing(path: string, old: string, replacement: string, context = 3): Hunk {
  const lines = treeLines(path);
  const at = lines.findIndex((line) => line.trim() === old);
  expect(at).toBeGreaterThanOrEqual(0);
  const from = Math.max(0, at - context);
  const body = [
    ...lines.slice(from, at).map((line) => ` ${line}`),
    `-${lines[at]}`,
    `+${lines[at].replace(old, replacement)}`,
    ...lines.slice(at + 1, at + 1 + context).map((line) => ` ${line}`),
  ];
  return { oldStart: from + 1, newStart: from + 1, lines: body };
}

const modified = (path: string, ...hunks: Hunk[]): ChangedFile => ({ path, status: 'modified', hunks });

describe('the patches fit the real files', () => {
  it.each([
    ['raise-rustc.patch', MIN_TOOL],
    ['allow-let-chains.patch', MAKEFILE_BUILD],
  ])("%s: each hunk's old lines are consecutive lines of %s", (name, path) => {
    const text = treeLines(path).join('\n');
    for (const hunk of patchFiles(name)[0].hunks ?? []) {
      const old = hunk.lines.filter((line) => line[0] !== '+').map((line) => line.slice(1));
      expect(text).toContain(old.join('\n'));
    }
  });
});

describe('toolchain: scripts/min-tool-version.sh', () => {
  it('reviewDiff reports raising rustc from 1.78.0 to 1.80.0 on the echo line', () => {
    expect(review(patchFiles('raise-rustc.patch'))).toStrictEqual({
      findings: [
        { check: 'toolchain', path: MIN_TOOL, line: 36, message: 'raises the minimum rustc from 1.78.0 to 1.80.0' },
      ],
      unchecked: [],
    });
  });

  it.each<[string, Hunk, string[], string[]]>([
    [
      'raising bindgen',
      hunkReplacing(MIN_TOOL, 'echo 0.65.1', 'echo 0.69.4'),
      ['39: raises the minimum bindgen from 0.65.1 to 0.69.4'],
      [],
    ],
    [
      'lowering rustc, one line of context',
      hunkReplacing(MIN_TOOL, 'echo 1.78.0', 'echo 1.76.0', 1),
      ['36: lowers the minimum rustc from 1.78.0 to 1.76.0'],
      [],
    ],
    [
      'renaming the rustc arm itself',
      hunkReplacing(MIN_TOOL, 'rustc)', 'rustc|rustc-nightly)', 0),
      ['35: changes the minimum rustc version in scripts/min-tool-version.sh'],
      [],
    ],
    ['raising binutils', hunkReplacing(MIN_TOOL, 'echo 2.25.0', 'echo 2.30.0'), [], []],
    ['raising gcc, the arm in sight', hunkReplacing(MIN_TOOL, 'echo 5.1.0', 'echo 8.1.0', 4), [], []],
    ['raising gcc, the arm out of sight', hunkReplacing(MIN_TOOL, 'echo 5.1.0', 'echo 8.1.0'), [], ['23']],
    ['raising rustc without context', hunkReplacing(MIN_TOOL, 'echo 1.78.0', 'echo 1.80.0', 0), [], ['36']],
    [
      'changing the usage line, the `case` in sight below',
      hunkReplacing(MIN_TOOL, 'echo "Usage: $0 toolname" >&2', 'echo "usage: $0 TOOL" >&2', 4),
      [],
      [],
    ],
    [
      'changing the usage line, neither arm nor `case` in sight',
      hunkReplacing(MIN_TOOL, 'echo "Usage: $0 toolname" >&2', 'echo "usage: $0 TOOL" >&2'),
      [],
      ['11'],
    ],
  ])('reviewDiff on %s', (_what, hunk, findings, unchecked) => {
    const result = review([modified(MIN_TOOL, hunk)]);
    expect(result.findings.map((finding) => `${finding.line}: ${finding.message}`)).toStrictEqual(findings);
    expect(result.unchecked.map((place) => String(place.line))).toStrictEqual(unchecked);
  });

  it('reviewDiff reports both arms, line null, when min-tool-version.sh is deleted', () => {
    const lines = treeLines(MIN_TOOL).slice(0, -1);
    const removed: ChangedFile = {
      path: MIN_TOOL,
      status: 'removed',
      hunks: [{ oldStart: 1, newStart: 0, lines: lines.map((line) => `-${line}`) }],
    };
    expect(review([removed]).findings).toStrictEqual([
      {
        check: 'toolchain',
        path: MIN_TOOL,
        line: null,
        message: 'changes the minimum rustc version in scripts/min-tool-version.sh',
      },
      {
        check: 'toolchain',
        path: MIN_TOOL,
        line: null,
        message: 'changes the minimum bindgen version in scripts/min-tool-version.sh',
      },
    ]);
  });

  it('reviewDiff leaves min-tool-version.sh alone when the policy does not name it', () => {
    const policy = { ...DEFAULT_RUST_REVIEW, toolchainFiles: ['rust-toolchain.toml'] };
    expect(review(patchFiles('raise-rustc.patch'), policy)).toStrictEqual({ findings: [], unchecked: [] });
  });
});

describe('toolchain: pinned toolchain files', () => {
  it.each<[string, ChangedFile, number | null, string]>([
    [
      'a rust-toolchain.toml in a subdirectory',
      modified('tools/rust/rust-toolchain.toml', {
        oldStart: 1,
        newStart: 1,
        lines: [' [toolchain]', '-channel = "1.78.0"', '+channel = "1.80.0"'],
      }),
      2,
      'changes the pinned Rust toolchain file tools/rust/rust-toolchain.toml',
    ],
    [
      'a rust-toolchain from a path list',
      { path: 'rust-toolchain', status: 'modified' },
      null,
      'changes the pinned Rust toolchain file rust-toolchain',
    ],
    [
      'a removed rust-toolchain.toml',
      {
        path: 'rust-toolchain.toml',
        status: 'removed',
        hunks: [{ oldStart: 1, newStart: 0, lines: ['-[toolchain]'] }],
      },
      null,
      'removes the pinned Rust toolchain file rust-toolchain.toml',
    ],
    [
      'an added file the policy names by glob',
      { path: 'ci/images/x86.toolchain', status: 'added' },
      null,
      'adds the pinned Rust toolchain file ci/images/x86.toolchain',
    ],
  ])('reviewDiff reports %s', (_what, file, line, message) => {
    const policy = {
      ...DEFAULT_RUST_REVIEW,
      toolchainFiles: [...DEFAULT_RUST_REVIEW.toolchainFiles, 'ci/**/*.toolchain'],
    };
    expect(review([file], policy).findings).toStrictEqual([{ check: 'toolchain', path: file.path, line, message }]);
  });
});

describe('unstable-feature: rust_allowed_features in scripts/Makefile.build', () => {
  it('reviewDiff reports allowing let_chains on the assignment line', () => {
    expect(review(patchFiles('allow-let-chains.patch'))).toStrictEqual({
      findings: [
        {
          check: 'unstable-feature',
          path: MAKEFILE_BUILD,
          line: 256,
          message: 'allows the unstable feature `let_chains` in `rust_allowed_features` (scripts/Makefile.build)',
        },
      ],
      unchecked: [],
    });
  });

  const ASSIGNMENT = 'rust_allowed_features := arbitrary_self_types,lint_reasons,used_with_arg';
  it.each<[string, Hunk, string[]]>([
    [
      'dropping a feature',
      hunkReplacing(MAKEFILE_BUILD, ASSIGNMENT, 'rust_allowed_features := arbitrary_self_types,used_with_arg'),
      ['no longer allows the unstable feature `lint_reasons` in `rust_allowed_features` (scripts/Makefile.build)'],
    ],
    [
      'swapping features',
      hunkReplacing(
        MAKEFILE_BUILD,
        ASSIGNMENT,
        'rust_allowed_features := arbitrary_self_types,used_with_arg,asm_goto,asm_const',
      ),
      [
        'allows the unstable features `asm_goto`, `asm_const` and no longer the unstable feature `lint_reasons` in `rust_allowed_features` (scripts/Makefile.build)',
      ],
    ],
    [
      'splitting the list over continued lines',
      {
        oldStart: 254,
        newStart: 254,
        lines: [
          ' # ---',
          ' ',
          `-${ASSIGNMENT}`,
          '+rust_allowed_features := arbitrary_self_types,lint_reasons, \\',
          '+\tused_with_arg,new_uninit',
          ' ',
        ],
      },
      ['allows the unstable feature `new_uninit` in `rust_allowed_features` (scripts/Makefile.build)'],
    ],
    [
      'changing another rule of Makefile.build',
      hunkReplacing(MAKEFILE_BUILD, '-Zcrate-attr=no_std \\', '-Zcrate-attr=no_std -Zcrate-attr=no_main \\'),
      [],
    ],
  ])('reviewDiff on %s', (_what, hunk, messages) => {
    const result = review([modified(MAKEFILE_BUILD, hunk)]);
    expect(result.findings.map((finding) => finding.message)).toStrictEqual(messages);
    expect(result.unchecked).toStrictEqual([]);
  });

  it('reviewDiff cannot tell whether a continued line belongs to the list when its chain runs off the hunk', () => {
    const hunk: Hunk = { oldStart: 300, newStart: 300, lines: ['  a, \\', '-\tb', '+\tb,c'] };
    expect(review([modified(MAKEFILE_BUILD, hunk)])).toStrictEqual({
      findings: [],
      unchecked: [
        {
          check: 'unstable-feature',
          path: MAKEFILE_BUILD,
          line: 301,
          reason:
            'cannot tell whether this line continues `rust_allowed_features`: the lines above are not in the diff',
        },
      ],
    });
  });

  it('reviewDiff reports any change to another features file of the policy', () => {
    const policy = { ...DEFAULT_RUST_REVIEW, featuresFiles: ['rust/allowed-features/*.txt'] };
    const file = modified('rust/allowed-features/core.txt', { oldStart: 3, newStart: 3, lines: [' a', '+b'] });
    expect(review([file], policy).findings).toStrictEqual([
      {
        check: 'unstable-feature',
        path: file.path,
        line: 4,
        message: 'changes the list of allowed unstable features in rust/allowed-features/core.txt',
      },
    ]);
  });
});

describe('unstable-feature: #![feature(...)] in Rust files', () => {
  it('reviewDiff reports the attribute a patch adds to a driver, not the one in a comment', () => {
    expect(review(patchFiles('add-feature-to-driver.patch'))).toStrictEqual({
      findings: [
        {
          check: 'unstable-feature',
          path: 'drivers/net/phy/ax88796b_rust.rs',
          line: 5,
          message: '`#![feature(...)]` enables the unstable features `let_chains`, `new_uninit`',
        },
      ],
      unchecked: [],
    });
  });

  it.each<[string, string[], string[]]>([
    ['one feature', ['+#![feature(let_chains)]'], ['1: `#![feature(...)]` enables the unstable feature `let_chains`']],
    [
      'a feature over lines',
      ['+#![feature(', '+    asm_goto,', '+    asm_const', '+)]'],
      ['1: `#![feature(...)]` enables the unstable features `asm_goto`, `asm_const`'],
    ],
    [
      'a feature under cfg_attr',
      ['+#![cfg_attr(test, feature(test))]'],
      ['1: `#![feature(...)]` enables the unstable feature `test`'],
    ],
    ['a feature already there', [' #![feature(used_with_arg)]', '+#![no_std]'], []],
    ['a feature in a string', ['+const S: &str = "#![feature(x)]";'], []],
    ['an outer attribute', ['+#[feature(x)]'], []],
  ])('reviewDiff on %s', (_what, lines, expected) => {
    const result = review([modified('rust/kernel/lib.rs', { oldStart: 1, newStart: 1, lines })]);
    expect(result.findings.map((finding) => `${finding.line}: ${finding.message}`)).toStrictEqual(expected);
  });

  it('reviewDiff does not read #![feature] in a file that is not Rust', () => {
    const file = modified('Documentation/rust/features.rst', { oldStart: 1, newStart: 1, lines: ['+#![feature(x)]'] });
    expect(review([file]).findings).toStrictEqual([]);
  });
});

describe('reviewDiff: what runs where', () => {
  const bare = (path: string, status: ChangedFile['status'] = 'modified'): ChangedFile => ({
    path,
    status,
    hunks: [
      {
        oldStart: 1,
        newStart: 1,
        lines: status === 'removed' ? ['-unsafe { f() }', '-#![feature(x)]'] : ['+unsafe { f() }', '+#![feature(x)]'],
      },
    ],
  });

  it('reviewDiff runs no check set to off', () => {
    const policy: RustReviewPolicy = {
      ...DEFAULT_RUST_REVIEW,
      checks: { 'safety-comment': 'off', 'unstable-feature': 'off', toolchain: 'off' },
    };
    const files = [bare('rust/x.rs'), ...patchFiles('raise-rustc.patch'), ...patchFiles('allow-let-chains.patch')];
    expect(review(files, policy)).toStrictEqual({ findings: [], unchecked: [] });
    const onlySafety = { ...policy, checks: { ...policy.checks, 'safety-comment': 'block' as const } };
    expect(review(files, onlySafety).findings.map((finding) => finding.check)).toStrictEqual(['safety-comment']);
  });

  it('reviewDiff finds nothing in a deleted Rust file, a non-Rust file, or a Rust file without hunks', () => {
    expect(
      review([bare('rust/x.rs', 'removed'), bare('drivers/x.c'), { path: 'rust/y.rs', status: 'modified' }]),
    ).toStrictEqual({
      findings: [],
      unchecked: [],
    });
  });

  it('reviewDiff uses the classifier it is given for Rust files', () => {
    const result = reviewDiff([bare('rust/x.rs.in')], DEFAULT_RUST_REVIEW, (path) => path.startsWith('rust/'));
    expect(result.findings.map((finding) => finding.check)).toStrictEqual(['safety-comment', 'unstable-feature']);
  });
});

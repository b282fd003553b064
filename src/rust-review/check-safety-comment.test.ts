/**
 * The safety-comment corpus (docs/RUST-REVIEW.md, "What does not fool the checks"): snippets good and bad,
 * each with what the check must say. Lines are hunk lines, marker first; unless a case says otherwise the
 * hunk starts at line 1, so nothing is above it and a missing comment is a finding.
 */
import { DEFAULT_RUST_REVIEW } from './types.js';
import { reviewDiff } from './review-diff.js';

const PATH = 'rust/kernel/device.rs';

/** What the check said, one short string per finding (`3: block`) or unchecked place (`3: unchecked`). */
function review(lines: string[], newStart = 1): string[] {
  const result = reviewDiff(
    [{ path: PATH, status: 'modified', hunks: [{ oldStart: newStart, newStart, lines }] }],
    DEFAULT_RUST_REVIEW,
    (path) => path.endsWith('.rs'),
  );
  const kind = (message: string): string =>
    message.startsWith('`unsafe` block') ? 'block' : message.startsWith('`unsafe impl`') ? 'impl' : 'pub fn';
  return [
    ...result.findings.map((finding) => `${finding.line}: ${kind(finding.message)}`),
    ...result.unchecked.map((place) => `${place.line}: unchecked`),
  ];
}

/** Every line added. */
const added = (...lines: string[]): string[] => lines.map((line) => `+${line}`);

describe('safety-comment corpus', () => {
  it.each<[string, string[], string[]]>([
    // Blocks, and where their comment may be
    ['a bare unsafe block', added('fn f() {', '    unsafe { g() }', '}'), ['2: block']],
    ['a SAFETY comment just above', added('    // SAFETY: `g` has no preconditions.', '    unsafe { g() }'), []],
    ['a SAFETY comment on the same line', added('    unsafe { g() } // SAFETY: no preconditions.'), []],
    [
      'a SAFETY comment over several lines',
      added(
        '    // SAFETY: the pointer is valid',
        '    // because we hold the lock',
        '    // and it is aligned.',
        '    unsafe { g() }',
      ),
      [],
    ],
    [
      'a SAFETY paragraph after other comment lines',
      added('    // INVARIANT: `x` stays set.', '    // SAFETY: fine.', '    unsafe { g() }'),
      [],
    ],
    ['a SAFETY block comment just above', added('    /* SAFETY: fine. */', '    unsafe { g() }'), []],
    [
      'a SAFETY comment several lines up, separated by code',
      added(
        '    // SAFETY: for the first call.',
        '    let a = unsafe { g() };',
        '    let b = 1;',
        '    let c = unsafe { h() };',
      ),
      ['4: block'],
    ],
    [
      'a SAFETY comment separated by a blank line',
      added('    // SAFETY: fine.', '', '    unsafe { g() }'),
      ['3: block'],
    ],
    [
      'a SAFETY comment above `let x = unsafe {`',
      added('    // SAFETY: fine.', '    let x = unsafe {', '        g()', '    };'),
      [],
    ],
    [
      '`unsafe` and its `{` on different lines',
      added('    let x = unsafe', '    {', '        g()', '    };'),
      ['1: block'],
    ],
    ['two bare blocks on one line, one finding', added('    unsafe { g() }; unsafe { h() };'), ['1: block']],
    // Literals and comments are not code
    ['"unsafe {" in a string', added('    let s = "unsafe { g() }";'), []],
    ['"unsafe {" in a raw string with hashes', added('    let s = r#"unsafe { "g" }"#;'), []],
    ['"unsafe {" on a line inside a multi-line raw string', added('    let s = r"', 'unsafe { g() }', '";'), []],
    ['"unsafe {" in byte and C strings', added('    let s = (b"unsafe {", c"unsafe {");'), []],
    ['`unsafe {` after a quote char, which opens no string', added(`    let q = '"'; unsafe { g() }`), ['1: block']],
    ['a string after a quote char', added(`    let q = '"'; let s = "unsafe {";`), []],
    [
      'lifetimes and a brace char before a real block',
      added("fn f<'a>(x: &'a u8) -> u8 { let c = '{'; unsafe { g(x) } }"),
      ['1: block'],
    ],
    ['`// unsafe {` in a line comment', added('    // unsafe { g() }'), []],
    ['`unsafe {` in a block comment', added('    /* unsafe { g() } */'), []],
    ['`unsafe {` in a nested block comment', added('    /* outer /* inner */ unsafe { g() } */', '    f();'), []],
    ['`unsafe {` on a line inside a multi-line block comment', added('/*', ' * unsafe { g() }', ' */'), []],
    ['a raw identifier `r#unsafe`', added('    let r#unsafe = { 1 };'), []],
    // SAFETY must be a comment
    ['"// SAFETY:" inside a string above', added('    log("// SAFETY: no");', '    unsafe { g() }'), ['2: block']],
    [
      '"// SAFETY:" inside a string on the same line',
      added('    let s = "// SAFETY: x"; unsafe { g() }'),
      ['1: block'],
    ],
    [
      'a doc comment saying SAFETY',
      added('    /// SAFETY: docs are not a justification.', '    unsafe { g() }'),
      ['2: block'],
    ],
    ['"SAFETY:" not opening the comment', added('    // See SAFETY: below.', '    unsafe { g() }'), ['2: block']],
    // Macros
    [
      'a bare block in a macro body',
      added('macro_rules! read {', '    ($p:expr) => {', '        unsafe { *$p }', '    };', '}'),
      ['3: block'],
    ],
    [
      'an explained block in a macro body',
      added(
        'macro_rules! read {',
        '    ($p:expr) => {',
        '        // SAFETY: the caller passes a valid pointer.',
        '        unsafe { *$p }',
        '    };',
        '}',
      ),
      [],
    ],
    ['a bare block in a macro argument', added('    pr_info!("{}\\n", unsafe { *p });'), ['1: block']],
    [
      'an explained block in a macro argument',
      added('    // SAFETY: `p` is valid.', '    pr_info!("{}\\n", unsafe { *p });'),
      [],
    ],
    // unsafe impl
    ['a bare `unsafe impl Send`', added('unsafe impl Send for Device {}'), ['1: impl']],
    [
      'an explained `unsafe impl Sync`',
      added('// SAFETY: `Device` is only read through `&self`.', 'unsafe impl Sync for Device {}'),
      [],
    ],
    [
      'an attribute between the SAFETY comment and the impl',
      added('// SAFETY: fine.', '#[cfg(CONFIG_SMP)]', 'unsafe impl Sync for Device {}'),
      ['3: impl'],
    ],
    // pub unsafe fn
    [
      'a `pub unsafe fn` without doc',
      added('pub unsafe fn from_raw(ptr: *mut T) -> Self {', '    Self(ptr)', '}'),
      ['1: pub fn'],
    ],
    [
      'a `pub unsafe fn` whose doc has no `# Safety`',
      added('/// Creates it.', 'pub unsafe fn from_raw(ptr: *mut T) -> Self {}'),
      ['2: pub fn'],
    ],
    [
      'a `pub unsafe fn` with `# Safety`',
      added(
        '/// Creates it.',
        '///',
        '/// # Safety',
        '///',
        '/// `ptr` must be valid.',
        'pub unsafe fn from_raw(ptr: *mut T) -> Self {}',
      ),
      [],
    ],
    [
      '`# Safety` with attributes between doc and fn',
      added(
        '/// # Safety',
        '/// `ptr` must be valid.',
        '#[inline]',
        '#[must_use]',
        'pub(crate) unsafe fn f(ptr: *mut T) {}',
      ),
      [],
    ],
    [
      '`# Safety` with a multi-line attribute between doc and fn',
      added(
        '/// # Safety',
        '/// None.',
        '#[cfg(any(',
        '    CONFIG_A,',
        '    CONFIG_B',
        '))]',
        'pub const unsafe fn f() {}',
      ),
      [],
    ],
    [
      '`# Safety` above code above the fn',
      added('/// # Safety', 'fn other() {}', 'pub unsafe fn f() {}'),
      ['3: pub fn'],
    ],
    ['a `pub unsafe extern "C" fn` without doc', added('pub unsafe extern "C" fn f() {}'), ['1: pub fn']],
    ['a private `unsafe fn`', added('unsafe fn f() {}'), []],
    ['an `unsafe trait`', added('pub unsafe trait Zeroable {}'), []],
    ['an `unsafe extern` block', added('unsafe extern "C" {', '    fn g();', '}'), []],
    ['an `unsafe fn` pointer type', added('pub struct S { pub f: unsafe fn(*mut u8) }'), []],
    ['an unsafe attribute', added('#[unsafe(no_mangle)]', 'pub extern "C" fn f() {}'), []],
    // Only added lines
    ['an unsafe block on a context line', [' fn f() {', '     unsafe { g() }', '+    h();', ' }'], []],
    [
      'an added block under a context SAFETY comment',
      [' fn f() {', '     // SAFETY: fine.', '+    unsafe { g() }', ' }'],
      [],
    ],
    ['a removed SAFETY comment', [' fn f() {', '-    // SAFETY: fine.', '+    x();', '     unsafe { g() }'], []],
    [
      'an added line between a SAFETY comment and its block',
      [' // SAFETY: fine.', '+f();', '+unsafe { g() }'],
      ['3: block'],
    ],
  ])('%s', (_what, lines, expected) => {
    expect(review(lines)).toStrictEqual(expected);
  });
});

describe('safety-comment at the top of what the diff shows', () => {
  it.each<[string, string[], string[]]>([
    ['an unsafe block on the first line of a hunk', ['+    unsafe { g() }', '     h();'], ['40: unchecked']],
    [
      'a comment block that runs off the top of the hunk',
      ['     // because the lock is held.', '+    unsafe { g() }'],
      ['41: unchecked'],
    ],
    ["a SAFETY comment on the hunk's first line", ['     // SAFETY: fine.', '+    unsafe { g() }'], []],
    ['a definite line of code above', ['     f();', '+    unsafe { g() }'], ['41: block']],
    ['a same-line SAFETY comment at the top', ['+    unsafe { g() } // SAFETY: fine.'], []],
    ['a doc comment that runs off the top', ['     /// Makes one.', '+pub unsafe fn f() {}'], ['41: unchecked']],
    ['attributes that run off the top', ['     #[inline]', '+pub unsafe fn f() {}'], ['41: unchecked']],
    ['an `unsafe` whose next token is past the hunk', ['     f();', '+    let x = unsafe'], ['41: unchecked']],
  ])('%s', (_what, lines, expected) => {
    expect(review(lines, 40)).toStrictEqual(expected);
  });

  it('reads each hunk as its own run: a SAFETY comment at the end of one hunk does not explain the next', () => {
    const result = reviewDiff(
      [
        {
          path: PATH,
          status: 'modified',
          hunks: [
            { oldStart: 10, newStart: 10, lines: [' f();', '+// SAFETY: fine.'] },
            { oldStart: 11, newStart: 12, lines: ['+unsafe { g() }', ' h();'] },
          ],
        },
      ],
      DEFAULT_RUST_REVIEW,
      () => true,
    );
    expect(result.findings).toStrictEqual([]);
    expect(result.unchecked).toStrictEqual([
      {
        check: 'safety-comment',
        path: PATH,
        line: 12,
        reason:
          'the lines just above this `unsafe` block are not in the diff, so its `// SAFETY:` comment cannot be seen',
      },
    ]);
  });
});

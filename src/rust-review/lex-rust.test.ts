import { lexRust } from './lex-rust.js';

/** The code of each line with runs of blanks squeezed, so the cases read like the source. */
const codeOf = (lines: string[]): string[] => lexRust(lines).map((line) => line.code.replace(/\s+/g, ' ').trim());
const commentsOf = (lines: string[]): string[][] => lexRust(lines).map((line) => line.comments.map((c) => c.text));

describe('lexRust', () => {
  it.each<[string, string[], string[]]>([
    ['blanks a string literal', ['let s = "unsafe { x }";'], ['let s = ;']],
    ['blanks escaped quotes inside a string', ['f("a \\" unsafe {", 1)'], ['f( , 1)']],
    ['keeps a string open across lines', ['let s = "first', 'unsafe {', 'end"; g()'], ['let s =', '', '; g()']],
    ['blanks a raw string with hashes', ['let s = r#"say "unsafe {" here"#; h()'], ['let s = ; h()']],
    ['blanks a raw string over lines', ['r##"a', '"# unsafe {', 'b"##.len()'], ['', '', '.len()']],
    ['blanks byte and C strings', ['(b"unsafe {", c"unsafe {", br"unsafe {")'], ['( , , )']],
    [
      'blanks char literals, quote and brace chars included',
      ["('{', '\\'', '\"', b'x', '\\u{1F980}', '🦀')"],
      ['( , , , , , )'],
    ],
    [
      'keeps lifetimes and labels as code',
      ["fn f<'a>(x: &'a str) -> &'a str { 'outer: loop {} }"],
      ["fn f<'a>(x: &'a str) -> &'a str { 'outer: loop {} }"],
    ],
    [
      'tells a char from a lifetime on one line',
      ["impl<'a> X<'a> { const C: char = 'a'; }"],
      ["impl<'a> X<'a> { const C: char = ; }"],
    ],
    ['blanks a line comment', ['x(); // unsafe { y }'], ['x();']],
    ['blanks a block comment', ['a /* unsafe { */ b'], ['a b']],
    ['blanks nested block comments', ['a /* x /* y */ unsafe { */ b'], ['a b']],
    ['keeps a block comment open across lines', ['a /* one', 'unsafe {', 'two */ b'], ['a', '', 'b']],
    ['keeps a raw identifier as code', ['let r#unsafe = 1;'], ['let r#unsafe = 1;']],
    ['does not take a string quote for a raw prefix inside a word', ['for"x" bar'], ['for bar']],
  ])('lexRust %s', (_what, lines, code) => {
    expect(codeOf(lines)).toStrictEqual(code);
  });

  it('lexRust keeps every column where it was', () => {
    const line = 'let s = "🦀 unsafe {"; /* c */ unsafe { f() }';
    const [lexed] = lexRust([line]);
    expect(lexed.code).toHaveLength(line.length);
    expect(lexed.code.indexOf('unsafe')).toBe(line.lastIndexOf('unsafe'));
  });

  it.each<[string, string[], string[][]]>([
    ['gives a line comment without its marker', ['x(); // SAFETY: fine'], [[' SAFETY: fine']]],
    ['gives no comment for "//" inside a string', ['let u = "http://x"; // SAFETY: y'], [[' SAFETY: y']]],
    ['gives each line of a block comment its part', ['/* SAFETY: one', ' * two */ x'], [[' SAFETY: one'], [' * two ']]],
    ['gives a comment opened at the end of a line', ['x /*', 'y */'], [[''], ['y ']]],
  ])('lexRust %s', (_what, lines, comments) => {
    expect(commentsOf(lines)).toStrictEqual(comments);
  });

  it.each<[string, boolean]>([
    ['/// doc', true],
    ['//! inner doc', true],
    ['//// not doc', false],
    ['// plain', false],
    ['/** doc */', true],
    ['/*! inner doc */', true],
    ['/*** not doc */', false],
    ['/**/', false],
  ])('lexRust tells whether %s is a doc comment', (line, doc) => {
    expect(lexRust([line])[0].comments.map((comment) => comment.doc)).toStrictEqual([doc]);
  });
});

it('lexRust does what its example says', () => {
  expect(lexRust(['f("unsafe {"); // SAFETY: x']).map((l) => [l.code.replace(/ +/g, ' '), l.comments])).toStrictEqual([
    ['f( ); ', [{ text: ' SAFETY: x', doc: false }]],
  ]);
});

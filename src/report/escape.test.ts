import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  escapeTerminal,
  mention,
  neutraliseMentions,
  visible,
} from './escape.js';

const ZWJ = '\u200d';

describe('escape', () => {
  it.each([
    ['a newline cannot start a new line', 'a\nb', 'a\\nb'],
    ['tabs and carriage returns show', 'a\tb\r', 'a\\tb\\r'],
    ['an ANSI escape shows as text', 'x\u001b[2J', 'x\\u001b[2J'],
    ['a bidi override shows (Trojan Source)', 'ab\u202ecd', 'ab\\u202ecd'],
    ['a line separator shows', 'a\u2028b', 'a\\u2028b'],
    ['ordinary text is untouched', 'rust/kernel/str.rs ü', 'rust/kernel/str.rs ü'],
  ])('visible: %s', (_, input, expected) => {
    expect(visible(input)).toBe(expected);
  });

  it.each([
    ['brackets of a [RUST] name', 'BLOCK LAYER [RUST]', 'BLOCK LAYER \\[RUST\\]'],
    ['HTML cannot plant the sticky marker', '<!-- rust-patch-router -->', '&lt;!-- rust-patch-router --&gt;'],
    ['a pipe cannot split a table cell', 'a|b', 'a\\|b'],
    ['emphasis and code stay literal', '*a* _b_ `c` ~d~', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~'],
    ['an e-mail is not a mention or a link', 'Jens <axboe@kernel.dk>', `Jens &lt;axboe@${ZWJ}kernel.dk&gt;`],
    ['an entity is shown, not decoded', '&amp;', '&amp;amp;'],
    ['a backslash stays a backslash', 'a\\b', 'a\\\\b'],
    ['a heading cannot start', '# x', '\\# x'],
    ['a list cannot start', '- x', '\\- x'],
    ['an ordered list cannot start', '12. x', '12\\. x'],
    ['punctuation inside a value stays as it is', 'opt-in (explicit) 1. #2 a+b!', 'opt-in (explicit) 1. #2 a+b!'],
  ])('escapeMarkdown: %s', (_, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('neutraliseMentions breaks every @ with a zero-width joiner', () => {
    expect(neutraliseMentions('cc @ojeda and @rust-for-linux/reviewers')).toBe(
      `cc @${ZWJ}ojeda and @${ZWJ}rust-for-linux/reviewers`,
    );
  });

  it('escapeHtml escapes what ends an element or attribute', () => {
    expect(escapeHtml(`<b a="1">'&'</b>`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
  });

  it.each([
    ['a plain path', 'rust/kernel/str.rs', {}, '`rust/kernel/str.rs`'],
    ['a backtick inside gets a longer fence', 'a`b', {}, '``a`b``'],
    ['a backtick at an edge is padded', '`a', {}, '`` `a ``'],
    ['a pipe in a table cell is escaped', 'x|y', { inTable: true }, '`x\\|y`'],
    ['a pipe outside a table is not', 'x|y', {}, '`x|y`'],
    ['a newline shows', 'a\nb', {}, '`a\\nb`'],
    ['an empty value is still a code span', '', {}, '` `'],
  ])('codeSpan: %s', (_, input, options, expected) => {
    expect(codeSpan(input, options)).toBe(expected);
  });

  it.each([
    ['a requested login is mentioned', 'ojeda', ['ojeda'], '@ojeda'],
    ['case does not matter', 'Ojeda', ['ojeda'], '@Ojeda'],
    [
      'a requested team is mentioned',
      'rust-for-linux/reviewers',
      ['rust-for-linux/reviewers'],
      '@rust-for-linux/reviewers',
    ],
    ['someone not requested is named in code', 'hch', ['ojeda'], '`hch`'],
    ['a handle GitHub would not accept is never mentioned', 'a b', ['a b'], '`a b`'],
  ])('mention: %s', (_, handle, requested, expected) => {
    expect(mention(handle, new Set(requested))).toBe(expected);
  });

  it('escapeTerminal makes control characters visible and leaves the rest', () => {
    expect(escapeTerminal('rust/\u001b[31mred.rs → x')).toBe('rust/\\u001b[31mred.rs → x');
  });
});

/**
 * The only place paths, names and handles are escaped for Markdown, HTML and terminals.
 *
 * Everything the reports show comes from the policy or the PR (paths, subsystem names, reasons quoting
 * patterns, people), so none of it is trusted: a path could carry `<!-- rust-patch-router -->` to plant the
 * sticky marker, `|` to break a table, a newline or an ANSI escape to forge output lines, bidi overrides to
 * disguise itself, or `@someone` to notify people nobody meant to ask.
 */

/** U+200D ZERO WIDTH JOINER: after `@` it keeps the text readable but stops GitHub from seeing a mention. */
const MENTION_BREAKER = '\u200d';

/**
 * C0/C1 controls, and the Unicode line separators and bidi embeddings/overrides/isolates ("Trojan Source")
 * that reorder or split what a reader sees.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED_CONTROLS: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * ASCII punctuation CommonMark reads as inline markup anywhere, backslash-escaped: emphasis, code, links,
 * table cells, strikethrough. `(`/`)` and `!` are left alone (no link or image can form once `[`/`]` are
 * escaped); `<`, `>`, `&` become entities.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;

/** What starts a heading, list or ordered list, should a value begin a line (`#`, `-`, `+`, `1.`, `1)`). */
const BLOCK_START = /^(?:[#+-]|\d+(?=[.)]))/;

/** What GitHub accepts as a login (`ojeda`) or a team (`rust-for-linux/reviewers`); anything else is never @-ed. */
const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;

/**
 * Shows invisible and line-breaking characters as escapes, so one value stays one visible line.
 *
 * @example visible('a\nb\u202e') // → 'a\\nb\\u202e'
 */
export function visible(text: string): string {
  return text.replace(
    INVISIBLE,
    (char) => NAMED_CONTROLS[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text for a terminal: control characters (ESC of ANSI sequences included) made visible, nothing else touched.
 *
 * @example escapeTerminal('rust/\u001b[2Jx.rs') // → 'rust/\\u001b[2Jx.rs'
 */
export function escapeTerminal(text: string): string {
  return visible(text);
}

/**
 * Breaks every `@` so GitHub notifies nobody, while the text still reads the same.
 *
 * @example neutraliseMentions('cc @ojeda') // → 'cc @\u200dojeda'
 */
export function neutraliseMentions(text: string): string {
  return text.replaceAll('@', `@${MENTION_BREAKER}`);
}

/**
 * Plain text inside Markdown (paragraphs, list items, table cells): renders as the literal text, starts no
 * markup, HTML, table cell or mention.
 *
 * @example escapeMarkdown('BLOCK LAYER [RUST] <x@y>') // → 'BLOCK LAYER \\[RUST\\] &lt;x@\u200dy&gt;'
 */
export function escapeMarkdown(text: string): string {
  const escaped = visible(text)
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
    .replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`))
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
  return neutraliseMentions(escaped);
}

/**
 * Text inside raw HTML (attributes or elements GitHub does not parse as Markdown).
 *
 * @example escapeHtml('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  const escaped = visible(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
  return neutraliseMentions(escaped);
}

/**
 * A code span showing `text` literally (paths, labels, handles nobody requested): the fence is longer than
 * any backtick run inside, and mentions are not processed in code. In a GFM table a `|` ends the cell even
 * inside code, so `inTable` escapes it (GFM removes that backslash again).
 *
 * @example codeSpan('a`b') // → '``a`b``'
 * @example codeSpan('x|y', { inTable: true }) // → '`x\\|y`'
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let shown = visible(text);
  if (shown === '') return '` `';
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are spaces, and a backtick at an edge would
  // merge with the fence: pad with one space in those cases.
  const pad = shown.startsWith('`') || shown.endsWith('`') || (shown.startsWith(' ') && shown.endsWith(' '));
  if (pad) shown = ` ${shown} `;
  const span = `${fence}${shown}${fence}`;
  return options.inTable ? span.replaceAll('|', '\\|') : span;
}

/**
 * A GitHub handle as the reports show it: `@login` / `@org/team` when it was requested for review (so the
 * mention is the request's own notification), otherwise a code span that notifies nobody.
 *
 * @example mention('ojeda', new Set(['ojeda'])) // → '@ojeda'
 * @example mention('hch', new Set()) // → '`hch`'
 */
export function mention(handle: string, requested: ReadonlySet<string>, options: { inTable?: boolean } = {}): string {
  if (requested.has(handle.toLowerCase()) && GITHUB_HANDLE.test(handle)) return `@${handle}`;
  return codeSpan(handle, options);
}

/**
 * File names as git writes them in patches: C-style quoting, the `a/` `b/` prefixes, and the two names of a
 * `diff --git` line (which git does not quote when they merely contain spaces, so they need untangling).
 */

/** The escapes git's quote_c_style() emits, besides three-digit octal bytes. */
const C_ESCAPES: Readonly<Record<string, number>> = {
  a: 0x07,
  b: 0x08,
  t: 0x09,
  n: 0x0a,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  '"': 0x22,
  '\\': 0x5c,
};

const utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder('utf-8');

/** A decoded quoted name and the index just past its closing quote. */
export interface QuotedName {
  name: string;
  end: number;
}

/**
 * Decodes the C-quoted name that starts at `text[start]` (which must be `"`). Octal escapes are bytes of a
 * UTF-8 name, so they are collected as bytes and decoded together: `"t\303\251st.c"` is `tést.c`.
 * Returns null when the quote is unterminated or an escape is not one git writes.
 *
 * @example unquoteGitName('"a/t\\303\\251st.c" b/x', 0) // → { name: 'a/tést.c', end: 17 }
 */
export function unquoteGitName(text: string, start = 0): QuotedName | null {
  if (text[start] !== '"') return null;
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return { name: utf8Lenient.decode(Uint8Array.from(bytes)), end: i + 1 };
    if (ch !== '\\') {
      // Unescaped non-ASCII appears with core.quotePath=false; re-encode it so it joins the escaped bytes.
      const codePoint = text.codePointAt(i) as number;
      const char = String.fromCodePoint(codePoint);
      for (const byte of utf8.encode(char)) bytes.push(byte);
      i += char.length;
      continue;
    }
    const next = text[i + 1];
    if (next !== undefined && next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]);
      i += 2;
    } else if (/^[0-3][0-7]{2}$/.test(text.slice(i + 1, i + 4))) {
      bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 4;
    } else {
      return null;
    }
  }
  return null;
}

/**
 * Reads one name from a `---`/`+++`/`rename from` style line remainder: quoted, or raw up to the first tab
 * (diff -u puts a timestamp after a tab, and git adds a tab after names containing a space).
 * Returns null for an unterminated quote.
 */
export function readGitName(rest: string): { name: string; trailer: string } | null {
  if (rest.startsWith('"')) {
    const quoted = unquoteGitName(rest, 0);
    return quoted && { name: quoted.name, trailer: rest.slice(quoted.end).replace(/^\t/, '') };
  }
  const tab = rest.indexOf('\t');
  return tab < 0 ? { name: rest, trailer: '' } : { name: rest.slice(0, tab), trailer: rest.slice(tab + 1) };
}

/**
 * Drops the first path component, as `git apply` and `patch -p1` do (`a/drivers/x.c` → `drivers/x.c`).
 * A name without a `/` is kept: there is nothing to strip.
 */
export function stripFirstComponent(name: string): string {
  const slash = name.indexOf('/');
  return slash < 0 ? name : name.slice(slash + 1);
}

/**
 * Splits what follows `diff --git ` into the old and new names, prefixes kept.
 *
 * Quoted names are unambiguous. Unquoted names may contain spaces (`a/x y b/x y`); git only writes such a
 * line when both names are equal after their prefix, so the split is the space where the two halves agree,
 * which is how git's own git_header_name() decides. Returns null when no split is certain; the caller then
 * needs the `---`/`+++` or `rename` lines.
 *
 * @example splitDiffGitNames('a/Documentation/my notes.rst b/Documentation/my notes.rst')
 *   // → { oldName: 'a/Documentation/my notes.rst', newName: 'b/Documentation/my notes.rst' }
 */
export function splitDiffGitNames(rest: string): { oldName: string; newName: string } | null {
  if (rest.startsWith('"')) {
    const first = unquoteGitName(rest, 0);
    if (!first || rest[first.end] !== ' ') return null;
    const second = rest.slice(first.end + 1);
    const newName = second.startsWith('"') ? unquoteWhole(second) : second;
    return newName === null ? null : { oldName: first.name, newName };
  }
  if (rest.endsWith('"')) {
    for (let space = rest.indexOf(' "'); space >= 0; space = rest.indexOf(' "', space + 1)) {
      const newName = unquoteWhole(rest.slice(space + 1));
      if (newName !== null) return { oldName: rest.slice(0, space), newName };
    }
    return null;
  }
  for (let space = rest.indexOf(' '); space >= 0; space = rest.indexOf(' ', space + 1)) {
    const oldName = rest.slice(0, space);
    const newName = rest.slice(space + 1);
    if (oldName.includes('/') && stripFirstComponent(oldName) === stripFirstComponent(newName)) {
      return { oldName, newName };
    }
  }
  return null;
}

function unquoteWhole(text: string): string | null {
  const quoted = unquoteGitName(text, 0);
  return quoted && quoted.end === text.length ? quoted.name : null;
}

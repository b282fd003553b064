/**
 * Perl regular-expression text (as MAINTAINERS N:/K: lines and maintainers.yml `names:`/`keywords:` write it)
 * → RE2 syntax, for re2js.
 *
 * RE2 already reads most Perl syntax the same way (`(?i:…)`, `(?i)`, `\b`, `(?:…)`, `\+`, classes, POSIX
 * classes, `(?<name>…)`). What it lacks, this pass either rewrites with the same meaning or refuses with a
 * reason: RE2 guarantees linear time by having no backtracking, so backreferences and lookaround cannot exist
 * there at all, and saying so beats re2js's "invalid escape sequence: `\1`".
 */

/** Why a Perl pattern cannot run on RE2, and where in its text. */
export interface TranslationProblem {
  /** 0-based offset into the Perl text. */
  offset: number;
  message: string;
}

export interface Translation {
  /** The pattern in RE2 syntax (meaningful only when `problem` is null). */
  source: string;
  problem: TranslationProblem | null;
}

/** Characters Perl's `/x` ignores outside classes (Pattern_White_Space). */
const PERL_X_WHITESPACE = /[ \t\n\r\f\v\u0085\u200e\u200f\u2028\u2029]/;

/** Perl vertical whitespace (`\v`); RE2's `\v` is the single VT character instead. */
const VERTICAL = '\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}';
/** Perl horizontal whitespace (`\h`), which RE2 does not know. */
const HORIZONTAL = '\\t \\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}';

/**
 * Perl escapes that RE2 lacks or reads differently, rewritten to the same meaning. `\Z` and `$` below
 * consume the final newline rather than stopping before it: the same answer for a yes/no search.
 */
const ESCAPE_REWRITES: Readonly<Record<string, string>> = {
  Z: '(?:\\n?\\z)',
  h: `[${HORIZONTAL}]`,
  H: `[^${HORIZONTAL}]`,
  v: `[${VERTICAL}]`,
  V: `[^${VERTICAL}]`,
  R: `(?:\\r\\n|[${VERTICAL}])`,
  e: '\\x1B',
};

const REFUSED_ESCAPES: Readonly<Record<string, string>> = {
  g: 'backreferences (\\g…) are not supported: patterns run on a linear-time engine (RE2)',
  k: 'named backreferences (\\k…) are not supported: patterns run on a linear-time engine (RE2)',
  K: '\\K (keep) is not supported by the linear-time engine (RE2)',
  G: '\\G is not supported by the linear-time engine (RE2)',
  Q: '\\Q…\\E is not supported: Perl itself ignores it in a pattern read from a file, as get_maintainer.pl reads them',
  E: '\\E is not supported: Perl itself ignores it in a pattern read from a file, as get_maintainer.pl reads them',
};

const REFUSED_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['(?=', 'lookahead (?=…) is not supported: patterns run on a linear-time engine (RE2)'],
  ['(?!', 'negative lookahead (?!…) is not supported: patterns run on a linear-time engine (RE2)'],
  ['(?<=', 'lookbehind (?<=…) is not supported: patterns run on a linear-time engine (RE2)'],
  ['(?<!', 'negative lookbehind (?<!…) is not supported: patterns run on a linear-time engine (RE2)'],
  ['(?>', 'atomic groups (?>…) are not supported: patterns run on a linear-time engine (RE2)'],
];

/**
 * Rewrites a Perl pattern for RE2. With `extended` (Perl's `/x`, as get_maintainer.pl applies N: and K:),
 * unescaped whitespace outside classes is dropped and `#` starts a comment to the end of the line.
 *
 * @example translatePerl('[^a-z] tegra # not integrator', true) // → { source: '[^a-z]tegra', problem: null }
 * @example translatePerl('(a)\\1', false).problem // → { offset: 3, message: 'backreferences (\\1) are not supported: …' }
 */
export function translatePerl(text: string, extended: boolean): Translation {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '[') {
      const end = classEnd(text, i);
      out.push(text.slice(i, end));
      i = end;
    } else if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) return refuse(i, 'trailing backslash');
      if (next >= '1' && next <= '9') {
        return refuse(i, `backreferences (\\${next}) are not supported: patterns run on a linear-time engine (RE2)`);
      }
      const refused = REFUSED_ESCAPES[next];
      if (refused !== undefined) return refuse(i, refused);
      // `\N{…}` is a named character (left to RE2 to refuse); bare `\N` is "not a newline".
      if (next === 'N' && text[i + 2] !== '{') out.push('[^\\n]');
      else out.push(ESCAPE_REWRITES[next] ?? `\\${next}`);
      i += 2;
    } else if (c === '(' && text.startsWith('(?#', i)) {
      const close = text.indexOf(')', i);
      if (close < 0) return refuse(i, 'unterminated (?#…) comment');
      i = close + 1;
    } else if (c === '(' && text[i + 1] === '?') {
      const refused = REFUSED_GROUPS.find(([opener]) => text.startsWith(opener, i));
      if (refused !== undefined) return refuse(i, refused[1]);
      out.push(c);
      i++;
    } else if (c === '$') {
      out.push('(?:\\n?$)');
      i++;
    } else if (extended && PERL_X_WHITESPACE.test(c)) {
      i++;
    } else if (extended && c === '#') {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? text.length : newline;
    } else {
      out.push(c);
      i++;
    }
  }
  return { source: out.join(''), problem: null };
}

/**
 * The offset just past the class opened at `start`, copied verbatim: whitespace is significant inside a class
 * even under `/x`, a `]` first in the class is literal in Perl and RE2 alike, and `[:alpha:]` nests brackets.
 * An unclosed class runs to the end of the text, where RE2 reports it.
 */
function classEnd(text: string, start: number): number {
  let i = start + 1;
  if (text[i] === '^') i++;
  if (text[i] === ']') i++;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '[' && text[i + 1] === ':') {
      const close = text.indexOf(':]', i + 2);
      i = close < 0 ? i + 1 : close + 2;
    } else if (c === ']') return i + 1;
    else i++;
  }
  return text.length;
}

function refuse(offset: number, message: string): Translation {
  return { source: '', problem: { offset, message } };
}

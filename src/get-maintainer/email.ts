/**
 * E-mail addresses as scripts/get_maintainer.pl (v0.26) reads and prints them: `parse_email`, `format_email`,
 * `escape_name`, and the RFC 822 check that decides whether one M:/R: value names one person or a list.
 *
 * `--format get-maintainer` must print byte for byte what get_maintainer.pl prints, so that
 * `git send-email --cc-cmd` can call us instead; every function here is a port of the Perl sub it names,
 * quirks included (documented where they surprise).
 */

/** A name and an address, as `parse_email` returns them ('' when absent). */
export interface NameAddress {
  name: string;
  address: string;
}

/** `Name <address…>` (the address is everything up to the last `>`, Perl's greedy `(.+\@.*)>`). */
const NAME_ANGLE_ADDRESS = /^([^<]+)<(.+@.*)>.*$/;
const ANGLE_ADDRESS = /^\s*<(.+@\S*)>.*$/;
const BARE_ADDRESS = /^(.+@\S*).*$/;
/** escape_name's `/[^\w \-]/ai`: any character but ASCII word characters, space and `-` forces quotes. */
const MUST_QUOTE = /[^A-Za-z0-9_ -]/;

/**
 * `parse_email`: splits `Name <address>`, `<address>` or a bare `address`; the name comes back trimmed, with
 * one surrounding pair of quotes removed and then quoted again by `escape_name` when it needs quoting.
 *
 * @example parseEmail('Miguel Ojeda <ojeda@kernel.org>') // → { name: 'Miguel Ojeda', address: 'ojeda@kernel.org' }
 * @example parseEmail('Björn Roy Baron <bjorn3_gh@protonmail.com>').name // → '"Björn Roy Baron"'
 * @example parseEmail('x86@kernel.org') // → { name: '', address: 'x86@kernel.org' }
 */
export function parseEmail(formatted: string): NameAddress {
  let name = '';
  let address = '';
  let match = NAME_ANGLE_ADDRESS.exec(formatted);
  if (match !== null) {
    name = match[1];
    address = match[2];
  } else if ((match = ANGLE_ADDRESS.exec(formatted)) !== null) {
    address = match[1];
  } else if ((match = BARE_ADDRESS.exec(formatted)) !== null) {
    address = match[1];
  }
  return { name: escapeName(stripQuotes(trimPerl(name))), address: trimPerl(address) };
}

/**
 * `format_email($name, $address, 1)`: `Name <address>`, or the address alone when there is no name. The name
 * is trimmed, unquoted and re-quoted like parseEmail's, so formatting a parsed address is idempotent.
 *
 * @example formatEmail('"David S. Miller"', 'davem@davemloft.net') // → '"David S. Miller" <davem@davemloft.net>'
 * @example formatEmail('', 'netdev@vger.kernel.org') // → 'netdev@vger.kernel.org'
 * @example formatEmail('Jane Doe', 'jane@example.org', false) // → 'jane@example.org'
 */
export function formatEmail(name: string, address: string, usename = true): string {
  const shown = escapeName(stripQuotes(trimPerl(name)));
  const bare = trimPerl(address);
  // `$usename` is get_maintainer.pl's `--n` (on by default); `--non` prints addresses alone.
  return shown === '' || !usename ? bare : `${shown} <${bare}>`;
}

/**
 * `escape_name`: a name with anything but ASCII letters, digits, `_`, space and `-` is put in double quotes,
 * its own unescaped quotes backslash-escaped.
 *
 * @example escapeName('David S. Miller') // → '"David S. Miller"'
 * @example escapeName('Linus Torvalds') // → 'Linus Torvalds'
 */
export function escapeName(name: string): string {
  if (!MUST_QUOTE.test(name)) return name;
  return `"${name.replace(/(?<!\\)"/g, '\\"')}"`;
}

/** `s/^\s+|\s+$//g`. */
function trimPerl(text: string): string {
  return text.replace(/^\s+|\s+$/g, '');
}

/** `s/^\"|\"$//g`: one quote off each end, independently. */
function stripQuotes(text: string): string {
  return text.replace(/^"|"$/g, '');
}

// RFC 822, as get_maintainer.pl's make_rfc822re builds it (its comments explain the atom's lookahead).
const LWSP = '(?:(?:\\r\\n)?[ \\t])';
const SPECIALS = '()<>@,;:\\\\".\\[\\]';
const CONTROLS = '\\x00-\\x1f\\x7f';
const DTEXT = '[^\\[\\]\\r\\\\]';
const DOMAIN_LITERAL = `\\[(?:${DTEXT}|\\\\.)*\\]${LWSP}*`;
const QUOTED_STRING = `"(?:[^\\"\\r\\\\]|\\\\.|${LWSP})*"${LWSP}*`;
const ATOM = `[^${SPECIALS} ${CONTROLS}]+(?:${LWSP}+|$|(?=[\\["${SPECIALS}]))`;
const WORD = `(?:${ATOM}|${QUOTED_STRING})`;
const LOCALPART = `${WORD}(?:\\.${LWSP}*${WORD})*`;
const SUB_DOMAIN = `(?:${ATOM}|${DOMAIN_LITERAL})`;
const DOMAIN = `${SUB_DOMAIN}(?:\\.${LWSP}*${SUB_DOMAIN})*`;
const ADDR_SPEC = `${LOCALPART}@${LWSP}*${DOMAIN}`;
const PHRASE = `${WORD}*`;
const ROUTE = `(?:@${DOMAIN}(?:,@${LWSP}*${DOMAIN})*:${LWSP}*)`;
const ROUTE_ADDR = `\\<${LWSP}*${ROUTE}?${ADDR_SPEC}\\>${LWSP}*`;
const MAILBOX = `(?:${ADDR_SPEC}|${PHRASE}${ROUTE_ADDR})`;
const GROUP = `${PHRASE}:${LWSP}*(?:${MAILBOX}(?:,\\s*${MAILBOX})*)?;\\s*`;
const RFC822 = `${LWSP}*(?:${MAILBOX}|${GROUP})`;
/** Perl's `$rfc822_char`: every character must be in Latin-1. */
// eslint-disable-next-line no-control-regex
const LATIN1_ONLY = /^[\x00-\xff]*$/;
let rfc822: { one: RegExp; list: RegExp; item: RegExp } | undefined;

/** Compiled on first use: only people of sections a path reaches are ever checked. */
function rfc822Regexes(): { one: RegExp; list: RegExp; item: RegExp } {
  rfc822 ??= {
    one: new RegExp(`^${RFC822}$`, 's'),
    list: new RegExp(`^(?:${RFC822})?(?:,(?:${RFC822})?)*$`, 's'),
    item: new RegExp(`(?:^|,${LWSP}*)(${RFC822})`, 'gs'),
  };
  return rfc822;
}

/** `rfc822_strip_comments`: each parenthesised comment (outside quotes) becomes one space. */
function stripComments(text: string): string {
  const comment = /^((?:[^"\\]|\\.)*(?:"(?:[^"\\]|\\.)*"(?:[^"\\]|\\.)*)*)\((?:[^()\\]|\\.)*\)/s;
  let stripped = text;
  for (let next = stripped.replace(comment, '$1 '); next !== stripped; next = stripped.replace(comment, '$1 ')) {
    stripped = next;
  }
  return stripped;
}

/**
 * `push_email_addresses`'s reading of one M:/R: value: the value itself when it is one valid RFC 822 address
 * (or neither one nor a valid list), or each address of a valid comma-separated list.
 *
 * @example splitAddresses('Jane Doe <jane@example.org>') // → ['Jane Doe <jane@example.org>']
 * @example splitAddresses('a@example.org, b@example.org') // → ['a@example.org', 'b@example.org']
 */
export function splitAddresses(value: string): string[] {
  const stripped = stripComments(value);
  const latin1 = LATIN1_ONLY.test(stripped);
  const { one, list, item } = rfc822Regexes();
  if (latin1 && one.test(stripped)) return [value];
  if (!latin1 || !list.test(stripped)) return [value];
  const found: string[] = [];
  item.lastIndex = 0;
  for (let match = item.exec(stripped); match !== null; match = item.exec(stripped)) {
    if (match[0] === '') item.lastIndex++;
    // Perl's `while (my $entry = shift(@list))` stops at the first false entry ('' or '0').
    if (match[1] === '' || match[1] === '0') break;
    found.push(match[1]);
  }
  return found.length > 0 ? found : [value];
}

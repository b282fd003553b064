/**
 * get_maintainer.pl's `(in file)` people: for a `.yaml` file (a device-tree binding, whose `maintainers:` list
 * names its owners), and with `--file-emails` for any file, it reads the file and adds every address it finds
 * (`maintainers_in_file`, `clean_file_emails`). Those people are printed with the role `in file`, after everyone
 * MAINTAINERS names.
 */
import { formatEmail, parseEmail } from './email.js';

/** Whether a path's file is read for addresses: a `.yaml` file, or any with `--file-emails` (`all`); not MAINTAINERS. */
export function readsEmailsFrom(path: string, all = false): boolean {
  return (all || path.endsWith('.yaml')) && !/\bMAINTAINERS$/.test(path);
}

/** get_maintainer.pl's "possible address" regex: optional name-like text, then an address in optional brackets. */
const POSSIBLE_ADDRESS = /[\p{L}"' ,.+-]*\s*[,]*\s*[(<{]{0,1}[A-Za-z0-9_.+-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9]+[)>}]{0,1}/gu;
const BRACKETED = /[(<{]{0,1}([A-Za-z0-9_.+-]+@[A-Za-z0-9.-]+)[)>}]{0,1}/g;
const NAME_SEPARATOR = /[^\p{L}',.+-]/u;
const LONE_PUNCTUATION = /^[',.+-]$/;

/**
 * The addresses get_maintainer.pl finds in a file's text, as it formats them (`Name <address>`), each once,
 * in order of appearance; with `usename` false (`--non`), the addresses alone.
 *
 * @example emailsInFile('maintainers:\n  - Rob Herring <robh@kernel.org>\n') // → ['Rob Herring <robh@kernel.org>']
 */
export function emailsInFile(text: string, usename = true): string[] {
  const found = (text.match(POSSIBLE_ADDRESS) ?? []).map((raw) => cleanFileEmail(raw, usename));
  return [...new Set(found)];
}

/** `clean_file_emails` for one match: keep the last two names (three with an initial), drop stray punctuation. */
function cleanFileEmail(raw: string, usename: boolean): string {
  const { name: parsedName, address } = parseEmail(raw.replace(BRACKETED, '<$1>'));
  const unquoted = parsedName.replace(/^"(.*)"$/, '$1');
  const words = perlSplit(unquoted, NAME_SEPARATOR).filter((word) => !LONE_PUNCTUATION.test(word));
  let name: string;
  if (words.length > 2) {
    const [first, middle, last] = words.slice(-3);
    const initial = (word: string) => word.length === 1 || (word.length === 2 && word.endsWith('.'));
    const firstIsInitial = (first.length === 1 && /\p{L}/u.test(first)) || (first.length === 2 && first.endsWith('.'));
    name = firstIsInitial || initial(middle) ? `${first} ${middle} ${last}` : `${middle} ${last}`;
  } else {
    name = words.join(' ');
  }
  if (/[,.]$/.test(name)) name = name.slice(0, -1);
  if (/^[,.]/.test(name)) name = name.slice(1);
  return formatEmail(name, address, usename);
}

/** Perl's `split`: like String.split, but trailing empty fields are dropped. */
function perlSplit(text: string, separator: RegExp): string[] {
  const fields = text.split(separator);
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

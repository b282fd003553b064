/**
 * The e-mail side of a patch: mbox separators, the header block of a `git format-patch` mail, the Subject
 * cleaned the way `git am` (mailinfo) cleans it, and the commit message up to the diff.
 */
import type { SeriesMessage } from './merge-series.js';

/** format-patch's fixed separator date, and the asctime date of mailboxes saved by mail clients or lore. */
const FORMAT_PATCH_SEPARATOR = /^From [0-9a-f]{40}(?:[0-9a-f]{24})? Mon Sep 17 00:00:00 2001$/;
const MBOX_SEPARATOR = /^From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d:\d\d \d{4}$/;

/** Header names that make the first line of an input a mail without an mbox separator (saved .eml files). */
const MAIL_START = /^(?:From|Subject|Date|To|Cc|Message-I[Dd]|Return-Path|Received|MIME-Version|X-[\w-]+):/;

/** An RFC 2047 encoded-word, as format-patch writes non-ASCII subjects: `=?UTF-8?q?r=C3=A9seau?=`. */
const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/**
 * Reads one mail from `lines[start]` (its mbox separator or first header): the headers, then the commit
 * message up to the `---` line (or a signature `-- `, or the diff itself when the `---` is missing).
 * Like `git am`, it honours `From:`/`Date:`/`Subject:` lines at the top of the body, which a maintainer
 * adds when sending a patch on behalf of its author; an in-body Subject replaces the header's.
 * Quoted-printable or base64 bodies are not decoded: format-patch writes 8bit.
 *
 * @param startsDiff whether a file's diff starts at `lines[i]`.
 * @returns the message and the index of the first line after it.
 */
export function readMailMessage(
  lines: readonly string[],
  start: number,
  startsDiff: (lines: readonly string[], i: number) => boolean,
): { message: SeriesMessage; next: number } {
  const { headers, next } = readMailHeaders(lines, isMboxSeparator(lines[start]) ? start + 1 : start);
  const rawSubject = decodeEncodedWords(headers.get('subject') ?? '');
  let subject = cleanSubject(rawSubject);
  let i = next;
  const inBody = i;
  for (; i < lines.length && /^(?:From|Date|Subject): /.test(lines[i]); i++) {
    if (lines[i].startsWith('Subject: ')) subject = cleanSubject(lines[i].slice('Subject: '.length));
  }
  if (i > inBody && lines[i] === '') i++;
  const body: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '---' || line === '-- ') {
      i++; // end of the message: a diffstat or a signature follows
      break;
    }
    if (isMboxSeparator(line) || startsDiff(lines, i)) break;
    body.push(line);
  }
  const message = {
    subject,
    body: body.join('\n').replace(/^\n+/, '').trimEnd(),
    isCover: isCoverLetterSubject(rawSubject),
  };
  return { message, next: i };
}

/**
 * Whether a line starts a new mail in an mbox: `From <sha> Mon Sep 17 00:00:00 2001` from format-patch, or
 * `From <address> <asctime date>` from a mailbox. Strict on purpose: a commit message line that merely begins
 * with "From " must not split a mail.
 */
export function isMboxSeparator(line: string): boolean {
  return line.startsWith('From ') && (FORMAT_PATCH_SEPARATOR.test(line) || MBOX_SEPARATOR.test(line));
}

/** Whether an input's first line is a mail header (a patch saved from a mail client has no mbox separator). */
export function isMailHeaderLine(line: string): boolean {
  return MAIL_START.test(line);
}

/**
 * Reads the header block that starts at `lines[start]`, up to the blank line that ends it, unfolding RFC 2822
 * continuation lines (a line starting with a space or tab continues the previous header; the line break is
 * removed and the whitespace kept, so `long\n line` reads `long line`).
 *
 * @returns the headers by lower-case name (first occurrence wins) and the index of the first body line.
 */
export function readMailHeaders(
  lines: readonly string[],
  start: number,
): { headers: Map<string, string>; next: number } {
  const unfolded: { name: string; value: string }[] = [];
  let i = start;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i];
    const last = unfolded[unfolded.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last.value += line;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) break; // not a header: the block is over even without its blank line
    unfolded.push({ name: line.slice(0, colon).toLowerCase(), value: line.slice(colon + 1).trimStart() });
  }
  const headers = new Map<string, string>();
  for (const { name, value } of unfolded) if (!headers.has(name)) headers.set(name, value);
  return { headers, next: i < lines.length && lines[i] === '' ? i + 1 : i };
}

/**
 * Decodes RFC 2047 encoded-words (`B` base64 and `Q` quoted-printable); whitespace between two adjacent
 * encoded-words is dropped, as the RFC says. Unknown charsets are left encoded rather than garbled.
 *
 * @example decodeEncodedWords('=?UTF-8?q?net:=20phy:=20r=C3=A9seau?=') // → 'net: phy: réseau'
 */
export function decodeEncodedWords(text: string): string {
  const joined = text.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (word, charset: string, encoding: string, payload: string) => {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset.toLowerCase());
    } catch {
      return word;
    }
    const bytes =
      encoding.toLowerCase() === 'b' ? Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)) : qBytes(payload);
    return decoder.decode(bytes);
  });
}

function qBytes(payload: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const ch = payload[i];
    if (ch === '_') {
      bytes.push(0x20);
    } else if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(ch.charCodeAt(0) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * Strips what `git am` strips from a Subject: leading `[...]` groups (`[PATCH v2 3/7]`, `[RFC PATCH net-next]`)
 * and `Re:` prefixes, in any order and number.
 *
 * @example cleanSubject('Re: [PATCH v2 3/7] net: phy: add Rust driver') // → 'net: phy: add Rust driver'
 */
export function cleanSubject(subject: string): string {
  let text = subject.trim();
  for (;;) {
    const stripped = text.replace(/^\[[^\]]*\]\s*/, '').replace(/^re:\s*/i, '');
    if (stripped === text) return text;
    text = stripped;
  }
}

/**
 * Whether a Subject marks the cover letter of a series (`[PATCH 0/7]`), whose own subject names the series.
 */
export function isCoverLetterSubject(subject: string): boolean {
  return /^\s*\[[^\]]*\b0+\/\d+\s*\]/.test(subject);
}

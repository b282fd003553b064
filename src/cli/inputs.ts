/**
 * The CLI's reads: a file or `-` for standard input, refused in one line when it cannot be what the flag
 * asks for (missing, a directory, empty, binary) — never echoed back, never a stack trace — and the sniffing
 * that tells a patch from a path list, and a kernel MAINTAINERS from a maintainers.yml.
 */
import { readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { wholeInputError, type SourceError } from '../errors.js';

/** How far into an input a NUL byte is looked for: text never has one, binary files almost always early. */
const BINARY_PROBE_BYTES = 8192;

/** A read that failed, as the one error to print. */
export type Read = { text: string } | { error: SourceError };

/** The checks of readTextInput: an empty input is an error unless allowed, NUL-separated text only if allowed. */
export interface ReadOptions {
  allowEmpty?: boolean;
  allowNul?: boolean;
}

/**
 * Reads a text input. `name` is how errors refer to it (`--patch`, `--maintainers`); `-` is standard input,
 * reported as `<stdin>`. `allowEmpty` accepts an empty input (an empty path list is an empty change).
 *
 * @example readTextInput('/dev/null', '--maintainers') // → { error: '/dev/null: empty (--maintainers)' as a SourceError }
 */
export function readTextInput(path: string, name: string, options: ReadOptions = {}): Read {
  const read = readTextBytes(path, name, options);
  return 'error' in read ? read : { text: read.bytes.toString('utf8') };
}

/**
 * readTextInput's checks without the decoding, for a reader that decodes only what it needs (a kernel
 * MAINTAINERS routed for a few paths: maintainers/sections-reaching.ts).
 */
export function readTextBytes(
  path: string,
  name: string,
  options: ReadOptions = {},
): { bytes: Buffer } | { error: SourceError } {
  const shown = path === '-' ? '<stdin>' : path;
  let bytes: Buffer;
  try {
    if (path === '-') {
      bytes = readAllSync(0);
    } else {
      if (statSync(path).isDirectory()) return refuse(shown, `a directory, not a file (${name})`);
      bytes = readFileSync(path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return refuse(shown, `${why} (${name})`, 'FILE_NOT_FOUND');
  }
  if (bytes.length === 0 && !options.allowEmpty) return refuse(shown, `empty (${name})`);
  const nul = bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
  if (nul >= 0 && !(options.allowNul && isNulSeparatedText(bytes))) {
    return refuse(shown, `a binary file (a NUL byte at offset ${nul}), not text (${name})`);
  }
  return { bytes };
}

/** `git diff -z --name-only` output: valid UTF-8 whose only control characters are NUL and line ends. */
function isNulSeparatedText(bytes: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex
    return !/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text);
  } catch {
    return false;
  }
}

function refuse(file: string, message: string, code: SourceError['code'] = 'BAD_ARGUMENT'): { error: SourceError } {
  return { error: wholeInputError(code, message, file) };
}

/** True when `path` exists and is a directory (get_maintainer.pl's `-d`), false on any error. */
export function isDirectoryOnDisk(path: string): boolean {
  return statOrNull(path)?.isDirectory() ?? false;
}

/** The file's stat, or null when it does not exist or cannot be read. */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether a text is a patch (or a series of them) rather than a list of paths: it has a `diff --git` line,
 * a `---`/`+++` pair, or starts as `git format-patch` mail does. A path list never has these: a path does not
 * start with `diff --git ` and `git diff --name-only` prints no `---` lines.
 *
 * @example looksLikePatch('From 1a2b… Mon Sep 17 00:00:00 2001\nFrom: A <a@b>\n') // → true
 * @example looksLikePatch('rust/kernel/str.rs\n') // → false
 */
export function looksLikePatch(text: string): boolean {
  if (/^From [0-9a-f]{7,40} /.test(text)) return true;
  if (/^diff --git |^Index: /m.test(text)) return true;
  return /^--- \S.*\n\+\+\+ \S/m.test(text);
}

/**
 * What a policy file looks like, to tell a user who gave a kernel MAINTAINERS to --config (or a YAML file to
 * --maintainers) which flag they meant, instead of a screen of errors.
 */
export function policyKind(text: string): 'kernel' | 'yaml' | 'unknown' {
  const head = text.slice(0, 64 * 1024);
  // A kernel MAINTAINERS has tag lines (`M:\tName <a@b>`) at the start of lines, many of them.
  const tags = head.match(/^[A-Z]:[ \t]/gm)?.length ?? 0;
  if (tags >= 3) return 'kernel';
  if (/^(?:version|subsystems|import|rust|default-stance|labels)\s*:/m.test(head)) return 'yaml';
  return 'unknown';
}

/** How long to wait before reading a non-blocking pipe again when it has nothing yet. */
const PIPE_RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A blocking read of a file descriptor (standard input: 0) to its end. The CLI is a filter
 * (`git diff --name-only | rust-patch-router route -`): it waits for the writer before it in the pipe, where
 * `readFileSync(0)` fails with EAGAIN on a non-blocking pipe.
 */
export function readAllSync(fd: number): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 20);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, PIPE_RETRY_MS);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks);
}

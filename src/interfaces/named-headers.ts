/**
 * The C headers one line of an interface file names (docs/RUST-REVIEW.md, "The Rust ↔ C map"): the `#include`
 * lines of a C file or header (the bindings header, the helpers), the doc-comment links to `srctree/` headers of
 * a Rust file. Used on whole files at the base (build-interface-map.ts) and on a diff's changed lines
 * (interface-pairs.ts), so both read a line the same way.
 */
import { compare } from './interface-files.js';

/**
 * `#include <linux/phy.h>` or `#include "local.h"` (spaces allowed around `#`, as cpp allows): group 1 the
 * `<…>` name, group 2 the `"…"` one. A commented-out include (`// #include`) does not start with `#`.
 */
const INCLUDE = /^\s*#\s*include\s*(?:<([^>\s]+)>|"([^"\s]+)")/;

/**
 * A Rust doc comment: `///` or `//!`, but not `////`, which rustc reads as a plain comment. Group 1 the text.
 * Only doc comments count: rustdoc renders their links, so they are what the author declared to wrap.
 */
const DOC_COMMENT = /^\s*\/\/(?:\/(?!\/)|!)(.*)$/;

/** An inline link target, ``[`include/linux/phy.h`](srctree/include/linux/phy.h)``: group 1 the path. */
const INLINE_LINK = /\]\(\s*<?srctree\/([^)\s>]+)>?\s*\)/g;

/** A link definition, ``[`struct mutex`]: srctree/include/linux/mutex.h``: group 1 the path. */
const LINK_DEFINITION = /^\s*\[[^\]]+\]:\s*<?srctree\/([^\s>]+)>?/;

/**
 * `<asm/…>` names no single file: the build picks `arch/$ARCH/include/asm/…` and only falls back to
 * `include/asm-generic/…` for the architectures that list it as generic-y. Mapping it to asm-generic would ask
 * the asm-generic maintainers about every architecture's header, and tell a Rust file about asm-generic changes
 * most builds never see, so it names nothing. `<generated/…>` is a build output, not in the source tree.
 * (`<asm-generic/…>` and `<uapi/asm-generic/…>` are real paths and map like any other.)
 */
const NO_SINGLE_FILE = ['asm/', 'generated/'];

/** Whether an interface file is read for `#include` lines (C) or for doc-comment links (Rust). */
function kindOf(path: string): 'c' | 'rust' | null {
  if (path.endsWith('.h') || path.endsWith('.c')) return 'c';
  if (path.endsWith('.rs')) return 'rust';
  return null;
}

/**
 * The headers one line of `path` names, as repository paths (a line rarely names more than one, but a doc
 * comment may link twice). Only `.h` targets: `helpers.c`'s `#include "blk.c"` gathers the helpers into one
 * object for the build and names no C interface.
 *
 * @example headersInLine('rust/helpers/blk.c', '#include <linux/blk-mq.h>') // → ['include/linux/blk-mq.h']
 * @example headersInLine('rust/kernel/sync/lock/mutex.rs', '/// [`struct mutex`]: srctree/include/linux/mutex.h')
 *   // → ['include/linux/mutex.h']
 */
export function headersInLine(path: string, line: string): string[] {
  const kind = kindOf(path);
  if (kind === 'c') {
    const include = INCLUDE.exec(line);
    if (include === null) return [];
    const header = include[1] !== undefined ? systemInclude(include[1]) : localInclude(path, include[2]);
    return header === null ? [] : [header];
  }
  if (kind === 'rust') {
    const doc = DOC_COMMENT.exec(line);
    if (doc === null) return [];
    const targets = [...doc[1].matchAll(INLINE_LINK)].map((link) => link[1]);
    const definition = LINK_DEFINITION.exec(doc[1]);
    if (definition !== null) targets.push(definition[1]);
    return targets.flatMap((target) => {
      const header = repositoryPath(target.replace(/#.*$/, ''));
      return header === null ? [] : [header];
    });
  }
  return [];
}

/**
 * The headers a whole file names, sorted, each once.
 *
 * @example headersInText('rust/helpers/blk.c', '#include <linux/blkdev.h>\n#include <linux/blk-mq.h>\n')
 *   // → ['include/linux/blk-mq.h', 'include/linux/blkdev.h']
 */
export function headersInText(path: string, text: string): string[] {
  const headers = new Set<string>();
  const kind = kindOf(path);
  if (kind === null) return [];
  // Only a line holding this word can name a header (INCLUDE, INLINE_LINK and LINK_DEFINITION all need it):
  // jump from one to the next instead of splitting the file and trying the patterns on every line. The map
  // reads every interface file of the tree on each run (docs/PERFORMANCE.md, "What each row means").
  const word = kind === 'c' ? 'include' : 'srctree/';
  for (let at = text.indexOf(word); at !== -1;) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    for (const header of headersInLine(path, text.slice(start, end))) headers.add(header);
    at = newline === -1 ? -1 : text.indexOf(word, end);
  }
  return [...headers].sort(compare);
}

/**
 * `<linux/phy.h>` → `include/linux/phy.h`: the kernel builds with `-I include`. It also searches
 * `include/uapi`, so a `<linux/x.h>` that exists only there would be `include/uapi/linux/x.h`; telling that
 * needs the tree's listing, and none of the headers 6.12's Rust code includes is such a case.
 */
function systemInclude(name: string): string | null {
  if (NO_SINGLE_FILE.some((prefix) => name.startsWith(prefix))) return null;
  return repositoryPath(`include/${name}`);
}

/** `"local.h"` in `rust/helpers/x.c` → `rust/helpers/local.h`: cpp looks in the including file's folder first. */
function localInclude(path: string, name: string): string | null {
  const slash = path.lastIndexOf('/');
  return repositoryPath(slash === -1 ? name : `${path.slice(0, slash)}/${name}`);
}

/** A normalised repository path of a header, or null when it is not one (not `.h`, or leaves the tree). */
function repositoryPath(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return null;
    } else {
      parts.push(part);
    }
  }
  const normalised = parts.join('/');
  return normalised.endsWith('.h') ? normalised : null;
}

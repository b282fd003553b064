/**
 * Test helper (test-only) for the Rust review through the bundled CLI: the patches of
 * tests/cli/fixtures/rust-review/, the JSON's findings[] and interfaces[], and the headers a Rust-side file names,
 * read here independently of src/interfaces/ (a plain grep of the doc links and `#include <…>`s).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, FIXTURES } from './cli-helpers.js';

/** The committed patches, written against Linux 6.12's real files (tests/cli/fixtures/rust-review/README.md). */
export const PATCHES = join(FIXTURES, 'rust-review');

export function patchPath(name: string): string {
  return join(PATCHES, name);
}

export interface Finding {
  check: string;
  path: string;
  line: number | null;
  severity: string;
  message: string;
  subsystem: string | null;
}

export interface InterfaceRoute {
  direction: 'rust-to-c' | 'c-to-rust';
  rust: string;
  header: string;
  owners: string[];
  reviewers: string[];
}

export interface Report {
  files: { path: string; owner: string | null; subsystems: string[] }[];
  labels: string[];
  subsystems: { name: string; files: string[]; mentioned: boolean }[];
  findings: Finding[];
  interfaces: InterfaceRoute[];
  review: { unchecked: unknown[]; labels: string[]; interfacesNotRouted: boolean; interfaceFilesNotRead: number };
}

/** `route … --format json` of the given arguments: exit 0 or 1 (a decision), the report parsed. */
export function routeJson(args: string[], input?: string): Report {
  const run = cli(['route', ...args, '--format', 'json'], input === undefined ? {} : { input });
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout) as Report;
}

/** `route …` in another format: its output (exit 0 or 1). */
export function routeText(args: string[], format: 'text' | 'markdown'): string {
  const run = cli(['route', ...args, '--format', format]);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  return run.stdout;
}

/** The pairs of one direction, as `rust → header: owners` lines, sorted: easy to compare and to read. */
export function pairLines(report: Report, direction: InterfaceRoute['direction']): string[] {
  return report.interfaces
    .filter((pair) => pair.direction === direction)
    .map((pair) => `${pair.rust} → ${pair.header}: ${pair.owners.join(', ')}`)
    .sort();
}

/**
 * The C headers a Rust-side file names, by a grep of its text: `srctree/include/….h` in `///` and `//!` doc
 * comments of a `.rs` file, `#include <….h>` of a `.c`/`.h` file (less `<asm/…>` and `<generated/…>`, which
 * name no single file). Sorted, each once.
 */
export function headersNamed(path: string, text: string): string[] {
  const headers = new Set<string>();
  for (const line of text.split('\n')) {
    if (path.endsWith('.rs')) {
      if (!/^\s*\/\/[/!](?!\/)/.test(line)) continue;
      for (const match of line.matchAll(/srctree\/(include\/[\w./-]+?\.h)\b/g)) headers.add(match[1]);
    } else {
      const include = /^\s*#\s*include\s*<([\w./-]+\.h)>/.exec(line);
      if (include !== null && !/^(asm|generated)\//.test(include[1])) headers.add(`include/${include[1]}`);
    }
  }
  return [...headers].sort();
}

/** A `git diff` appending one line at the end of `path`, whose text is `text`: real context, so it fits. */
export function appendOneLine(path: string, text: string, added: string): string {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const context = lines.slice(-3);
  const start = lines.length - context.length + 1;
  return [
    `diff --git a/${path} b/${path}`,
    'index 1111111..2222222 100644',
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${start},${context.length} +${start},${context.length + 1} @@`,
    ...context.map((line) => ` ${line}`),
    `+${added}`,
    '',
  ].join('\n');
}

/** A file's text. */
export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/**
 * K: keywords (`keywords:` in maintainers.yml): Perl regexes searched in the PR title and body and in the
 * diff's added and removed lines. A subsystem they hit is "mentioned" (docs/ROUTING.md, "Keywords").
 *
 * get_maintainer.pl applies them with `/x`, one patch line at a time: `$patch_line =~ m/${patch_prefix}$keyword/x`
 * (and `$text =~ m/$keyword/x` on a whole file), where the prefix `^[+-].*` restricts them to changed lines once
 * the diff starts. We get those lines without their marker and match the keyword anywhere in each, which is
 * the same search.
 *
 * Bounded (docs/ROUTING.md, "Keywords"): the regex engine is linear-time, every keyword sits behind its required literal, each line
 * is cut at MAX_KEYWORD_LINE_LENGTH, and scanning stops once `budgetBytes` of text have been read. Whatever was
 * not read is reported (`capped`), never silently skipped.
 */
import type { Parsed, SourceError } from '../errors.js';
import type { KeywordPattern, Subsystem } from '../model.js';
import { literalGrams } from '../regex/literal-grams.js';
import { compilePerlRegex, foldCase, type PerlRegex } from '../regex/perl-regex.js';
import { utf8Length } from './utf8-length.js';

/**
 * Lines longer than this (UTF-16 units) are scanned up to it only. Keywords are identifiers and names; a line
 * this long is generated or minified content, where a keyword hit says nothing about the change.
 */
export const MAX_KEYWORD_LINE_LENGTH = 4096;

/** How much of the PR text and diff a scan read. */
export interface KeywordScan {
  scannedBytes: number;
  totalBytes: number;
  /** True when the text was longer than the scan budget: keywords past the cap were not looked for. */
  capped: boolean;
}

/** A keyword that matched, and whose it is. */
export interface KeywordHit {
  /** Index into the subsystems the index was compiled from. */
  subsystem: number;
  keyword: KeywordPattern;
  /** The first line it matched (cut to MAX_MATCHED_LINE_SHOWN), so a report can say where. */
  line: string;
}

/** How much of the matched line a hit keeps: enough to recognise it, not a whole minified file. */
export const MAX_MATCHED_LINE_SHOWN = 120;

export interface KeywordIndex {
  /**
   * Searches every keyword in `texts`, line by line, reading at most `budgetBytes` (UTF-8) of them. Each
   * keyword is reported once, in policy order; reading stops early once every keyword has been found.
   * `scan.capped` is true when some text was not read: past the budget, or past MAX_KEYWORD_LINE_LENGTH.
   */
  scan(texts: readonly string[], budgetBytes: number): { hits: KeywordHit[]; scan: KeywordScan };
  /**
   * The keywords that match somewhere in one whole text, in policy order: get_maintainer.pl's
   * `--keywords-in-file`, `$text =~ m/$keyword/x` on a file's content (not line by line). A hit's `line` is the
   * text's first line that holds the match when one does, else its first line.
   */
  inText(text: string): KeywordHit[];
}

interface CompiledKeyword {
  order: number;
  hit: Omit<KeywordHit, 'line'>;
  regex: PerlRegex;
}

/**
 * Compiles every K: once per run. A keyword that cannot run (bad syntax, backreferences, lookaround) is a
 * BAD_REGEX error at its origin; the others still work.
 *
 * @example
 *   const { value } = compileKeywordIndex(subsystems); // RUST has K: \b(?i:rust)\b
 *   value.scan(['Add Rust bindings for block devices'], 1 << 20).hits.map((h) => subsystems[h.subsystem].name) // → ['RUST']
 */
export function compileKeywordIndex(subsystems: readonly Subsystem[]): Parsed<KeywordIndex> {
  const errors: SourceError[] = [];
  const keywords: CompiledKeyword[] = [];
  subsystems.forEach((subsystem, index) => {
    for (const keyword of subsystem.keywords) {
      const compiled = compilePerlRegex(keyword.text, keyword.origin, { extended: true });
      errors.push(...compiled.errors);
      if (compiled.value !== null) {
        keywords.push({ order: keywords.length, hit: { subsystem: index, keyword }, regex: compiled.value });
      }
    }
  });
  const candidatesIn = literalGrams(keywords.map((k) => ({ literal: k.regex.requiredLiteral, value: k })));

  const scan = (texts: readonly string[], budgetBytes: number) => {
    const found = new Array<string | undefined>(keywords.length).fill(undefined);
    let foundCount = 0;
    let scannedBytes = 0;
    let capped = false;
    const totalBytes = texts.reduce((sum, text) => sum + utf8Length(text), 0);

    search: for (const text of texts) {
      for (let start = 0; start <= text.length;) {
        if (foundCount === keywords.length) break search;
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const cut = Math.min(end, start + MAX_KEYWORD_LINE_LENGTH);
        const line = text.slice(start, cut);
        const bytes = utf8Length(line) + (cut === end && newline >= 0 ? 1 : 0);
        if (scannedBytes + bytes > budgetBytes) {
          capped = true;
          break search;
        }
        scannedBytes += bytes;
        if (cut < end) capped = true;
        foundCount += searchLine(line.endsWith('\r') ? line.slice(0, -1) : line, candidatesIn(line), found);
        if (newline < 0) break;
        start = newline + 1;
      }
    }
    const hits = keywords.filter((k) => found[k.order] !== undefined).map((k) => ({ ...k.hit, line: found[k.order]! }));
    return { hits, scan: { scannedBytes, totalBytes, capped } };
  };
  const inText = (text: string) => {
    let folded: string | undefined;
    let lines: string[] | undefined;
    const hits: KeywordHit[] = [];
    for (const keyword of keywords) {
      const literal = keyword.regex.requiredLiteral;
      if (literal !== null && !(literal.caseInsensitive ? (folded ??= foldCase(text)) : text).includes(literal.text)) {
        continue;
      }
      if (!keyword.regex.test(text)) continue;
      lines ??= text.split('\n');
      const line = lines.find((candidate) => keyword.regex.test(candidate)) ?? lines[0];
      hits.push({
        ...keyword.hit,
        line: line.length > MAX_MATCHED_LINE_SHOWN ? `${line.slice(0, MAX_MATCHED_LINE_SHOWN)}…` : line,
      });
    }
    return hits;
  };
  return { value: { scan, inText }, errors, warnings: [] };
}

/** Tests the candidate keywords not yet found against one line; returns how many it found. */
function searchLine(line: string, candidates: readonly CompiledKeyword[], found: (string | undefined)[]): number {
  let folded: string | undefined;
  let count = 0;
  for (const keyword of candidates) {
    if (found[keyword.order] !== undefined) continue;
    const literal = keyword.regex.requiredLiteral;
    if (literal !== null) {
      const haystack = literal.caseInsensitive ? (folded ??= foldCase(line)) : line;
      if (!haystack.includes(literal.text)) continue;
    }
    if (keyword.regex.test(line)) {
      found[keyword.order] = line.length > MAX_MATCHED_LINE_SHOWN ? `${line.slice(0, MAX_MATCHED_LINE_SHOWN)}…` : line;
      count++;
    }
  }
  return count;
}

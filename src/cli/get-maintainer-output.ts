/**
 * `route --format get-maintainer`: get_maintainer.pl's output for the change, with what get_maintainer.pl
 * reads from its tree — `.mailmap`, `.get_maintainer.ignore`, the `.yaml` files whose maintainers it lists, and
 * from git the messages of the commits a patch's `Fixes:` lines name and the last year of each file no exact
 * pattern covers — read from ours.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError, wholeInputError, type SourceError } from '../errors.js';
import { isUnsigned } from '../get-maintainer/file-history.js';
import { pathsForGitFallback } from '../get-maintainer/git-fallback.js';
import {
  gitOutputLines,
  ignoredAddresses,
  signersInMessage,
  type SignatureRules,
} from '../get-maintainer/signatures.js';
import type { KeywordHit } from '../keywords/keyword-index.js';
import { parseMailmap } from '../get-maintainer/mailmap.js';
import { getMaintainerOutput, printedBlocks, type GetMaintainerOutput } from '../get-maintainer/output-options.js';
import { renderGetMaintainer } from '../get-maintainer/render-get-maintainer.js';
import { typevalueIndexes } from '../get-maintainer/section-order.js';
import { sectionsText } from '../get-maintainer/section-text.js';
import { DEFAULT_KEYWORD_BUDGET_BYTES } from '../routing/route.js';
import { isGitWorkTree, readCommitMessage, readFileHistories } from '../local/read-git-history.js';
import { ArgumentError } from './args.js';
import { confSwitches } from './get-maintainer-conf.js';
import { leavesNoOne } from './get-maintainer-switches.js';
import { isDirectoryOnDisk, readTextInput, statOrNull } from './inputs.js';
import type { LoadedPolicy, Tree } from './load-policy.js';

/** What the change gives get_maintainer.pl: its paths (in its order), keyword texts and `Fixes:` commits. */
export interface GetMaintainerChange {
  paths: readonly string[];
  /** The paths given as such, not read from a patch: the files `--keywords-in-file` searches. */
  namedPaths: readonly string[];
  keywordTexts: readonly string[];
  fixes: readonly string[];
}

/**
 * get_maintainer.pl's switches for this run: its `.get_maintainer.conf`'s, then the command line's (`nol`,
 * `norolestats`, …). The conf's problems are bad input (InputError); switches that leave nothing to print, once
 * both are read, an ArgumentError, as each alone is.
 */
export function getMaintainerSwitches(tree: Tree, given: readonly string[]): string[] {
  const switches = [...switchesInConf(tree.root), ...given];
  const noOne = leavesNoOne(switches);
  if (noOne !== undefined) throw new ArgumentError(`${noOne} (with .get_maintainer.conf's switches)`, 'route');
  return switches;
}

/** Whether `--keywords-in-file` will search files' text, so the policy's K: lines must be read too. */
export function searchesFiles(switches: readonly string[], namedPaths: readonly string[]): boolean {
  const output = getMaintainerOutput(switches);
  return output.keywords && output.keywordsInFile && !output.sections && namedPaths.length > 0;
}

/**
 * What get_maintainer.pl would print for the change, and warnings: a `Fixes:` commit or a file's history git could
 * not read (get_maintainer.pl lets git's error through and adds no one for it), and a history whose commits carry
 * no signature (get_maintainer.pl's "Bad divisor").
 */
export async function getMaintainerText(
  change: GetMaintainerChange,
  loaded: LoadedPolicy,
  tree: Tree,
  /** get_maintainer.pl's switches for the run (getMaintainerSwitches: the conf's, then the command line's). */
  switches: readonly string[],
): Promise<{ text: string; warnings: SourceError[] }> {
  const { paths, keywordTexts } = change;
  const { compiled, kernelText } = loaded;
  const output = getMaintainerOutput(switches);
  if (output.sections) return { text: sectionsOnly(change.paths, loaded, tree, output), warnings: [] };
  const searched = output.keywords && keywordTexts.length > 0;
  const hits = uniqueHits([
    ...(searched ? compiled.keywords.scan(keywordTexts, DEFAULT_KEYWORD_BUDGET_BYTES).hits : []),
    ...(searchesFiles(switches, change.namedPaths) ? keywordsInFiles(change.namedPaths, loaded, tree) : []),
  ]);
  const keywordLines = hits.map((hit) => hit.keyword.origin.line);
  // get_maintainer.pl orders keyword sections by their K: line's place among MAINTAINERS' kept lines.
  const indexes =
    kernelText === undefined || hits.length < 2 ? keywordLines : typevalueIndexes(kernelText(), keywordLines);
  const mailmapText = output.mailmap ? readOrUndefined(join(tree.root, '.mailmap')) : undefined;
  const warnings: SourceError[] = [];
  const rules = { allTypes: output.allSignatureTypes, chiefPenguins: output.chiefPenguins };
  const fixes = output.fixes && output.email ? await fixesSigners(change.fixes, tree, rules, warnings) : [];
  // `--git` asks about every path; the fallback about those no exact pattern covers, which only a MAINTAINERS file
  // (with its S: and M: lines) can tell: a maintainers.yml alone asks git nothing for it.
  const fallback = output.gitFallback && kernelText !== undefined;
  const asked = output.email && (output.git || fallback) && inGitWorkTree(tree, output, warnings);
  const histories = asked
    ? await fileHistories(
        output.git ? paths : pathsForGitFallback(compiled.policy.subsystems, compiled.index, paths),
        output.gitSince,
        tree,
        rules,
        warnings,
      )
    : new Map<string, string[]>();
  const blocks = renderGetMaintainer({
    subsystems: compiled.policy.subsystems,
    index: compiled.index,
    paths,
    keywords: hits.map((hit, at) => ({ subsystem: hit.subsystem, keyword: hit.keyword, index: indexes[at] })),
    output,
    mailmap: mailmapText === undefined ? undefined : parseMailmap(mailmapText),
    readFile: (path) => readOrUndefined(join(tree.root, path)),
    fixes,
    histories,
    ignored:
      fixes.length === 0 && histories.size === 0
        ? []
        : ignoredAddresses(readOrUndefined(whichConf(tree.root, '.get_maintainer.ignore')) ?? ''),
  });
  return { text: printedBlocks(blocks, output), warnings };
}

/** `--sections` and `--letters`: MAINTAINERS' own lines, which only a MAINTAINERS file given as such has. */
function sectionsOnly(paths: readonly string[], loaded: LoadedPolicy, tree: Tree, output: GetMaintainerOutput): string {
  const { compiled, kernelText } = loaded;
  if (kernelText === undefined) {
    const why = '--sections and --letters print the MAINTAINERS file itself: give it with --maintainers';
    throw new InputError([wholeInputError('BAD_ARGUMENT', why, output.letters === '' ? '--sections' : '--letters')]);
  }
  const lines = sectionsText({
    subsystems: compiled.policy.subsystems,
    index: compiled.index,
    paths,
    lines: kernelText().split('\n'),
    letters: output.letters,
    patternDepth: output.patternDepth,
    // get_maintainer.pl's `-d` on the pattern as it has rewritten it, from the top of the tree.
    isDirectory: (pattern) => isDirectoryOnDisk(join(tree.root, pattern)),
  });
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * `--keywords-in-file`: the K: lines that match the text of each file given as a path, as get_maintainer.pl
 * searches a `-f` file (the file itself, not a directory, and not MAINTAINERS), read from the tree.
 */
function keywordsInFiles(paths: readonly string[], loaded: LoadedPolicy, tree: Tree): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const path of paths) {
    if (path === 'MAINTAINERS' || statOrNull(join(tree.root, path))?.isFile() !== true) continue;
    const text = readOrUndefined(join(tree.root, path));
    if (text !== undefined) hits.push(...loaded.compiled.keywords.inText(text));
  }
  return hits;
}

/** Each K: line once, the first hit kept: get_maintainer.pl's `sort_and_uniq(@keyword_tvi)` (ordered later). */
function uniqueHits(hits: readonly KeywordHit[]): KeywordHit[] {
  const seen = new Set<KeywordHit['keyword']>();
  return hits.filter((hit) => !seen.has(hit.keyword) && seen.add(hit.keyword));
}

/** For each `Fixes:` commit git can read, its signers; none outside a git work tree. */
async function fixesSigners(
  commits: readonly string[],
  tree: Tree,
  rules: SignatureRules,
  warnings: SourceError[],
): Promise<string[][]> {
  const fixes: string[][] = [];
  for (const commit of commits) {
    const message = await readCommitMessage(tree.root, commit);
    if ('missing' in message) break;
    if ('output' in message) fixes.push(signersInMessage(message.output, rules));
    else
      warnings.push(
        gitWarning(
          tree,
          `Fixes: ${commit}: git could not read the commit (${message.problem}); its signers are not added`,
        ),
      );
  }
  return fixes;
}

/** The git fallback's reading: each path's last year, as git's output lines; none outside a git work tree. */
async function fileHistories(
  paths: readonly string[],
  since: string,
  tree: Tree,
  rules: SignatureRules,
  warnings: SourceError[],
): Promise<Map<string, string[]>> {
  const asked = [...new Set(paths)];
  const answers = await readFileHistories(tree.root, asked, since);
  const histories = new Map<string, string[]>();
  asked.forEach((path, at) => {
    const history = answers[at];
    if ('missing' in history) return;
    if ('problem' in history) {
      const why = `${path}: git could not read its history (${history.problem}); its signers and authors are not added`;
      warnings.push(gitWarning(tree, why));
      return;
    }
    const lines = gitOutputLines(history.output);
    histories.set(path, lines);
    if (isUnsigned(lines, rules)) {
      const why = `${path}: no commit of its last year has a Signed-off-by:, Reviewed-by: or Acked-by: line; its authors are counted as get_maintainer.pl counts them (its "Bad divisor")`;
      warnings.push(gitWarning(tree, why));
    }
  });
  return histories;
}

/** Whether the tree is a git work tree; get_maintainer.pl's `--git` says so when it is not ("No supported VCS found"). */
function inGitWorkTree(tree: Tree, output: GetMaintainerOutput, warnings: SourceError[]): boolean {
  if (isGitWorkTree(tree.root)) return true;
  if (output.git) {
    warnings.push(gitWarning(tree, '--git: not a git work tree (or no git): nobody is added from its history'));
  }
  return false;
}

function gitWarning(tree: Tree, message: string): SourceError {
  return wholeInputError('GIT_FAILED', message, join(tree.root, '.git'));
}

/**
 * get_maintainer.pl's `which_conf(name)`: the first of the tree's top, $HOME and the tree's `.scripts` where `name`
 * exists, when it is a file; undefined otherwise.
 */
function whichConf(root: string, name: string): string | undefined {
  const path = [root, homedir(), join(root, '.scripts')].map((folder) => join(folder, name)).find(existsSync);
  return path !== undefined && statOrNull(path)?.isFile() ? path : undefined;
}

/**
 * The switches of `.get_maintainer.conf`, which come before the command line's. Its problems are bad input: one
 * that cannot be read or is binary is refused in one line, a word we do not take at its line and column.
 */
function switchesInConf(root: string): string[] {
  const path = whichConf(root, '.get_maintainer.conf');
  if (path === undefined) return [];
  const read = readTextInput(path, "get_maintainer.pl's .get_maintainer.conf", { allowEmpty: true });
  if ('error' in read) throw new InputError([read.error]);
  const switches = confSwitches(read.text, path);
  if (switches.errors.length > 0) throw new InputError(switches.errors);
  return switches.value;
}

function readOrUndefined(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

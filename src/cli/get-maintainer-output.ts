/**
 * `route --format get-maintainer`: get_maintainer.pl's output for the change, with what get_maintainer.pl
 * reads from its tree — `.mailmap`, `.get_maintainer.ignore`, the `.yaml` files whose maintainers it lists, and
 * from git the messages of the commits a patch's `Fixes:` lines name — read from ours.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { wholeInputError, type SourceError } from '../errors.js';
import { ignoredAddresses, signersInMessage } from '../get-maintainer/fixes-signers.js';
import { parseMailmap } from '../get-maintainer/mailmap.js';
import { getMaintainerOutput, printedBlocks } from '../get-maintainer/output-options.js';
import { renderGetMaintainer } from '../get-maintainer/render-get-maintainer.js';
import { typevalueIndexes } from '../get-maintainer/section-order.js';
import { DEFAULT_KEYWORD_BUDGET_BYTES } from '../routing/route.js';
import { readCommitMessage } from '../local/read-commit-message.js';
import type { LoadedPolicy, Tree } from './load-policy.js';

/** What the change gives get_maintainer.pl: its paths (in its order), keyword texts and `Fixes:` commits. */
export interface GetMaintainerChange {
  paths: readonly string[];
  keywordTexts: readonly string[];
  fixes: readonly string[];
}

/**
 * What get_maintainer.pl would print for the change, and warnings: a `Fixes:` commit git could not read
 * (get_maintainer.pl lets git's error through and adds no one for it).
 */
export function getMaintainerText(
  change: GetMaintainerChange,
  loaded: LoadedPolicy,
  tree: Tree,
  /** get_maintainer.pl's switches given (`nol`, `norolestats`, …). */
  switches: readonly string[],
): { text: string; warnings: SourceError[] } {
  const { paths, keywordTexts } = change;
  const { compiled, kernelText } = loaded;
  const output = getMaintainerOutput(switches);
  const searched = output.keywords && keywordTexts.length > 0;
  const hits = searched ? compiled.keywords.scan(keywordTexts, DEFAULT_KEYWORD_BUDGET_BYTES).hits : [];
  const keywordLines = hits.map((hit) => hit.keyword.origin.line);
  // get_maintainer.pl orders keyword sections by their K: line's place among MAINTAINERS' kept lines.
  const indexes =
    kernelText === undefined || hits.length < 2 ? keywordLines : typevalueIndexes(kernelText(), keywordLines);
  const mailmapText = readOrUndefined(join(tree.root, '.mailmap'));
  const warnings: SourceError[] = [];
  const fixes: string[][] = [];
  for (const commit of output.fixes ? change.fixes : []) {
    const message = readCommitMessage(tree.root, commit);
    if ('missing' in message) break;
    if ('body' in message) fixes.push(signersInMessage(message.body));
    else {
      const why = `Fixes: ${commit}: git could not read the commit (${message.problem}); its signers are not added`;
      warnings.push(wholeInputError('GIT_FAILED', why, join(tree.root, '.git')));
    }
  }
  const blocks = renderGetMaintainer({
    subsystems: compiled.policy.subsystems,
    index: compiled.index,
    paths,
    keywords: hits.map((hit, at) => ({ subsystem: hit.subsystem, keyword: hit.keyword, index: indexes[at] })),
    output,
    mailmap: mailmapText === undefined ? undefined : parseMailmap(mailmapText),
    readFile: (path) => readOrUndefined(join(tree.root, path)),
    fixes,
    ignored: fixes.length === 0 ? [] : ignoredAddresses(ignoreFile(tree.root) ?? ''),
  });
  return { text: printedBlocks(blocks, output), warnings };
}

/** get_maintainer.pl's `which_conf(".get_maintainer.ignore")`: the tree's top, then $HOME, then `.scripts`. */
function ignoreFile(root: string): string | undefined {
  for (const folder of [root, homedir(), join(root, '.scripts')]) {
    const text = readOrUndefined(join(folder, '.get_maintainer.ignore'));
    if (text !== undefined) return text;
  }
  return undefined;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `route`: where does this change go, and will it be blocked? Prints the decision as text, JSON, the Markdown
 * of the PR comment, or get_maintainer.pl's own output (docs/CLI.md, "Output formats"). Exit 0 routed,
 * 1 blocked; `--format get-maintainer` exits 0 whatever the holds, as get_maintainer.pl does, since
 * `git send-email --cc-cmd` stops at a failing command.
 */
import { createRequire } from 'node:module';
import { changedPaths } from '../diff/changed-paths.js';
import type { ChangeSet } from '../diff/types.js';
import type { InterfaceMap } from '../interfaces/types.js';
import { interfacesWanted } from '../interfaces/interfaces-wanted.js';
import { renderTextChunks } from '../report/render-text.js';
import { routeChanges } from '../routing/route.js';
import type { CliOptions } from './args.js';
import { readRouteInput } from './changes.js';
import { loadPolicy, policySource, treeOf } from './load-policy.js';
import { printWarnings, type CliIo } from './output.js';

export const EXIT_ROUTED = 0;
export const EXIT_BLOCKED = 1;

/** Where the CLI's Markdown points for rows it would cut: it cuts none, but the renderer asks for a pointer. */
const MARKDOWN_POINTER = 'run with --format json for every row';

export async function runRoute(options: CliOptions, io: CliIo): Promise<number> {
  const source = policySource(options, io.cwd);
  const tree = treeOf(options, source, io.cwd);
  const input = await readRouteInput(options, io.cwd, tree, keepYoungGenerationSmall);
  printWarnings(input.warnings, io);
  const { changes } = input;
  const routed = changedPaths(changes.files).map((entry) => entry.path);
  if (routed.length >= MANY_PATHS) keepYoungGenerationSmall();
  const paths = options.format === 'get-maintainer' ? [...routed, ...input.getMaintainerPaths] : routed;
  // get_maintainer.pl's switches, its .get_maintainer.conf's first: `--keywords-in-file` needs the K: lines too.
  const getMaintainer =
    options.format === 'get-maintainer'
      ? await import('./get-maintainer-output.js').then((module) => ({
          module,
          switches: module.getMaintainerSwitches(tree, options.getMaintainerSwitches),
        }))
      : undefined;
  const keywords =
    keywordTexts(changes).length > 0 ||
    (getMaintainer !== undefined && getMaintainer.module.searchesFiles(getMaintainer.switches, input.namedPaths));
  let loaded = await loadPolicy(source, { paths, keywords }, tree);
  printWarnings(loaded.warnings, io);

  if (getMaintainer !== undefined) {
    const change = {
      paths: input.getMaintainerPaths,
      namedPaths: input.namedPaths,
      keywordTexts: keywordTexts(changes),
      fixes: input.getMaintainerFixes,
    };
    const { text, warnings } = await getMaintainer.module.getMaintainerText(
      change,
      loaded,
      tree,
      getMaintainer.switches,
    );
    printWarnings(warnings, io);
    io.stdout(text);
    return EXIT_ROUTED;
  }
  let interfaceMap: InterfaceMap | undefined;
  if (interfacesWanted(loaded.compiled.policy, routed)) {
    const { interfacePaths, treeInterfaceMap } = await import('./interface-map.js');
    interfaceMap = treeInterfaceMap(tree, loaded.compiled.policy);
    const more = interfaceMap === undefined ? [] : interfacePaths(changes.files, interfaceMap, loaded.compiled.policy);
    // A MAINTAINERS parsed only as far as the changed paths reach must also reach the pairs' paths (and a
    // pattern judged by the paths alone may name a directory above them); a policy read whole is kept.
    if (!loaded.covers(more)) loaded = await loadPolicy(source, { paths: [...paths, ...more], keywords }, tree);
  }
  const decision = routeChanges(changes, loaded.compiled, {
    author: options.author,
    approvedBy: options.approvedBy,
    maxReviewers: options.maxReviewers,
    ...(interfaceMap === undefined ? {} : { interfaceMap }),
  });
  // Text is the common case; the other renderers are loaded when asked for.
  if (options.format === 'json') {
    const { renderJsonChunks } = await import('../report/render-json.js');
    writeChunks(renderJsonChunks(decision), io);
  } else if (options.format === 'markdown') {
    const { renderComment } = await import('../report/render-comment.js');
    io.stdout(renderComment(decision, { maxLength: Number.POSITIVE_INFINITY, pointer: MARKDOWN_POINTER, fresh: true }));
  } else writeChunks(renderTextChunks(decision), io);
  return decision.blocked ? EXIT_BLOCKED : EXIT_ROUTED;
}

/**
 * From this many paths on, the decision is big enough for the young generation's growth to matter: the check
 * for changes that came in no large text (a `--git` range), after readRouteInput's own for large ones.
 */
const MANY_PATHS = 10_000;

let youngGenerationKeptSmall = false;

/**
 * Keeps V8's young generation at its starting size (1 MB semi-spaces) for the rest of the run, and scavenges it
 * on the main thread. A tree-wide decision lives until it is printed, so nearly everything the run allocates
 * survives each scavenge, and V8 answers a high survival rate by doubling the semi-spaces (to 2 × 8 MB on Node
 * 24, 2 × 16 MB on Node 20). The larger space saves no work here — the survivors are promoted all the same — but
 * costs peak RSS. It has to be set before the large input is parsed (readRouteInput's `onLargeInput`): set
 * after, as it once was, the space had already grown, and Node 24 peaked at 153 MB. Scavenges of 1 MB are many
 * and short, and on them V8's parallel scavenging costs more CPU in handing out work than it saves.
 * Measured on the whole 6.12 tree, 8 interleaved runs each (docs/PERFORMANCE.md): peak RSS 144 → 126 MB on
 * Node 20 and 153 → 143 MB on Node 24, CPU 2 % less on both. V8 reads both flags each time it would grow the
 * space or scavenge, so setting them mid-run takes effect; a V8 that ignored them would change nothing.
 *
 * `node:v8` is required here, not imported: loading it loads Node's heap utilities and with them the whole
 * stream library, about 15 ms of a one-file run that never needs it.
 */
function keepYoungGenerationSmall(): void {
  // Once a run: a large input asks first (readRouteInput), and the path count may ask again.
  if (youngGenerationKeptSmall) return;
  youngGenerationKeptSmall = true;
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--no-parallel-scavenge');
}

/** The texts routeChanges searches for K: keywords (routing/route.ts). */
function keywordTexts(changes: ChangeSet): string[] {
  const texts =
    changes.keywordLines === undefined
      ? [changes.title, changes.body, ...changes.diffLines]
      : [changes.title, ...changes.keywordLines];
  return texts.filter((text) => text !== '');
}

/** Output is encoded into buffers of this size, each written whole. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Writes many small pieces as few large writes, encoding each piece straight into a buffer (a tree-wide
 * decision is ~35 MB in 100,000 lines: joining them into one string first cost as much as making them).
 */
function writeChunks(chunks: Iterable<string>, io: CliIo): void {
  let buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    // A UTF-16 unit is at most 3 UTF-8 bytes, so this is a safe bound without measuring the chunk.
    if (used + chunk.length * 3 > buffer.length) {
      if (used > 0) io.stdout(buffer.subarray(0, used));
      // The write above is synchronous: the buffer can be filled again at once.
      if (chunk.length * 3 > buffer.length) buffer = Buffer.allocUnsafe(chunk.length * 3);
      used = 0;
    }
    used += buffer.write(chunk, used);
  }
  if (used > 0) io.stdout(buffer.subarray(0, used));
}

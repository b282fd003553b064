/**
 * `route`: where does this change go, and will it be blocked? Prints the decision as text, JSON (docs/ROUTING.md)
 * or the Markdown the PR comment shows. Exit 0 routed, 1 blocked.
 */
import { changedPaths } from '../diff/changed-paths.js';
import { renderComment } from '../report/render-comment.js';
import { renderJsonChunks } from '../report/render-json.js';
import { renderText } from '../report/render-text.js';
import { routeChanges } from '../routing/route.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { loadPolicy } from './load-policy.js';
import { readChanges } from './read-changes.js';
import { printWarnings } from './print-errors.js';

export const EXIT_ROUTED = 0;
export const EXIT_BLOCKED = 1;

export async function runRoute(options: CliOptions, io: CliIo): Promise<number> {
  const changes = readChanges(options, io.cwd);
  const { compiled, warnings } = loadPolicy(
    options,
    changedPaths(changes.files).map((entry) => entry.path),
  );
  printWarnings(warnings, io);
  const decision = routeChanges(changes, compiled, {
    author: options.author,
    approvedBy: options.approvedBy,
    maxReviewers: options.maxReviewers,
  });
  if (options.format === 'json') await writeChunks(renderJsonChunks(decision), io);
  else if (options.format === 'markdown') io.stdout(renderComment(decision));
  else io.stdout(renderText(decision));
  return decision.blocked ? EXIT_BLOCKED : EXIT_ROUTED;
}

/** Output is encoded into buffers of this size, each written whole. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Writes many small pieces as few large writes, encoding each piece straight into a buffer (a tree-wide
 * JSON decision is ~50 MB in 100,000 lines: joining them into strings first cost as much as making them).
 * Each buffer is fresh, because a write may still be in flight when the next one fills; waiting for the
 * reader (io.stdout's promise) keeps at most a few of them in memory behind a slow pipe.
 */
async function writeChunks(chunks: Iterable<string>, io: CliIo): Promise<void> {
  let buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    // A UTF-16 unit is at most 3 UTF-8 bytes, so this is a safe bound without measuring the chunk.
    if (used + chunk.length * 3 > buffer.length) {
      if (used > 0) await io.stdout(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(Math.max(WRITE_BUFFER_BYTES, chunk.length * 3));
      used = 0;
    }
    used += buffer.write(chunk, used);
  }
  if (used > 0) await io.stdout(buffer.subarray(0, used));
}

/**
 * `route`: where does this change go, and will it be blocked? Prints the decision as text, JSON (SPEC §8)
 * or the Markdown the PR comment shows. Exit 0 routed, 1 blocked.
 */
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

export function runRoute(options: CliOptions, io: CliIo): number {
  const changes = readChanges(options, io.cwd);
  const paths = changes.files.flatMap((file) => (file.previousPath ? [file.path, file.previousPath] : [file.path]));
  const { compiled, warnings } = loadPolicy(options, paths);
  printWarnings(warnings, io);
  const decision = routeChanges(changes, compiled, {
    author: options.author,
    approvedBy: options.approvedBy,
    maxReviewers: options.maxReviewers,
  });
  if (options.format === 'json') writeChunks(renderJsonChunks(decision), io);
  else if (options.format === 'markdown') io.stdout(renderComment(decision));
  else io.stdout(renderText(decision));
  return decision.blocked ? EXIT_BLOCKED : EXIT_ROUTED;
}

/** Writes many small pieces as few large writes (a tree-wide JSON decision is ~50 MB in 100,000 lines). */
function writeChunks(chunks: Iterable<string>, io: CliIo, batchSize = 1 << 20): void {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= batchSize) {
      io.stdout(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  io.stdout(batch.join(''));
}

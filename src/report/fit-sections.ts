/**
 * Fitting a report into GitHub's size limits (65,536 characters for a comment, 1 MiB for a job summary) by
 * cutting the least important lists first and saying where the rest is, rather than letting GitHub reject
 * the write or cut a table in half.
 */

/**
 * One part of a report. `items` are the rows (table rows, list entries) that may be cut; `head` and `tail`
 * frame them and stay. A block with no items is a fixed paragraph.
 */
export interface Block {
  head: string;
  items: readonly string[];
  /** Put between items, and between the last item kept and `more`. */
  joiner: string;
  tail: string;
  /** What replaces the items cut, given how many were cut. */
  more: (cut: number) => string;
  /** Blocks with a lower number are cut first; undefined: never cut. */
  cutOrder?: number;
}

/** How reports measure size: UTF-16 length for comments, UTF-8 bytes for the summary. */
export type Measure = (text: string) => number;

/** Separates blocks: one blank line, so each is its own Markdown paragraph, table or HTML block. */
const BLOCK_SEPARATOR = '\n\n';

/** Builds a fixed paragraph, never cut. */
export function paragraph(text: string): Block {
  return { head: text, items: [], joiner: '', tail: '', more: () => '' };
}

/**
 * Renders the blocks, cutting rows (lowest `cutOrder` first, the last rows of a block first) until the text
 * measures at most `max`. If the fixed parts alone are too long, the text is cut hard and ends with `overflow`.
 *
 * @example fitBlocks([paragraph('verdict'), { head: 'rows:', items: ['a', 'b'], joiner: '\n', tail: '', more: (n) => `${n} more`, cutOrder: 0 }], 20, (s) => s.length, '…')
 *   // → 'verdict\n\nrows:a\n1 more'
 */
export function fitBlocks(blocks: readonly Block[], max: number, measure: Measure, overflow: string): string {
  const kept = blocks.map((block) => block.items.length);
  const sizes = blocks.map((block, i) => measure(renderBlock(block, kept[i])));
  const separators = Math.max(0, blocks.length - 1) * measure(BLOCK_SEPARATOR);
  let total = sizes.reduce((sum, size) => sum + size, separators);
  const cutOrder = blocks
    .map((block, i) => ({ i, order: block.cutOrder }))
    .filter((entry): entry is { i: number; order: number } => entry.order !== undefined)
    .sort((a, b) => a.order - b.order || a.i - b.i);
  for (const { i } of cutOrder) {
    if (total <= max) break;
    const others = total - sizes[i];
    kept[i] = largestFit(blocks[i], max - others, measure);
    sizes[i] = measure(renderBlock(blocks[i], kept[i]));
    total = others + sizes[i];
  }
  const text = blocks.map((block, i) => renderBlock(block, kept[i])).join(BLOCK_SEPARATOR);
  return total <= max ? text : cutHard(text, max, measure, overflow);
}

/** A block with its first `count` items and, if some were cut, its `more` line. */
export function renderBlock(block: Block, count: number): string {
  const cut = block.items.length - count;
  const shown = block.items.slice(0, count).join(block.joiner);
  const more = cut > 0 ? `${count > 0 ? block.joiner : ''}${block.more(cut)}` : '';
  return `${block.head}${shown}${more}${block.tail}`;
}

/** The most items of `block` that fit in `budget` (0 when even none fit: the caller cuts elsewhere or hard). */
function largestFit(block: Block, budget: number, measure: Measure): number {
  const frame = measure(block.head) + measure(block.tail);
  const joiner = measure(block.joiner);
  let used = frame;
  let count = 0;
  for (const item of block.items) {
    const next = used + (count > 0 ? joiner : 0) + measure(item);
    const cut = block.items.length - (count + 1);
    const moreSize = cut > 0 ? joiner + measure(block.more(cut)) : 0;
    if (next + moreSize > budget) break;
    used = next;
    count++;
  }
  return count;
}

/** Last resort: keep what fits, never splitting a surrogate pair, and end with `overflow`. */
function cutHard(text: string, max: number, measure: Measure, overflow: string): string {
  const room = Math.max(0, max - measure(overflow));
  let end = Math.min(text.length, room);
  while (end > 0 && measure(text.slice(0, end)) > room) end = Math.floor(end * 0.9);
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}${overflow}`;
}

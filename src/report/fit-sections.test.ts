import { fitBlocks, paragraph, renderBlock, type Block } from './fit-sections.js';

const rows = (count: number, cutOrder: number, head = 'rows:\n'): Block => ({
  head,
  items: Array.from({ length: count }, (_, i) => `row ${i}`),
  joiner: '\n',
  tail: '',
  more: (cut) => `(${cut} more)`,
  cutOrder,
});
const length = (text: string) => text.length;

describe('fitBlocks', () => {
  it('leaves a report that fits as it is', () => {
    expect(fitBlocks([paragraph('verdict'), rows(2, 0)], 1000, length, '!')).toBe('verdict\n\nrows:\nrow 0\nrow 1');
  });

  it('cuts the last rows of the lowest cut order first and says how many', () => {
    const text = fitBlocks([paragraph('verdict'), rows(3, 1, 'a:\n'), rows(100, 0, 'b:\n')], 60, length, '!');
    expect(text).toBe('verdict\n\na:\nrow 0\nrow 1\nrow 2\n\nb:\nrow 0\nrow 1\n(98 more)');
    expect(text).toHaveLength(60 - 5); // one more row would not fit with its "(97 more)"
  });

  it('moves on to the next block when cutting every row of the first is not enough', () => {
    const text = fitBlocks([paragraph('verdict'), rows(10, 1, 'a:\n'), rows(10, 0, 'b:\n')], 40, length, '!');
    expect(text).toBe('verdict\n\na:\nrow 0\n(9 more)\n\nb:\n(10 more)');
  });

  it('never cuts a block without a cut order, and cuts hard as a last resort', () => {
    const text = fitBlocks([paragraph('x'.repeat(100))], 50, length, '[cut]');
    expect(text).toBe(`${'x'.repeat(45)}[cut]`);
  });

  it('measures with the given function (UTF-8 bytes for the summary)', () => {
    const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
    const block: Block = {
      head: '',
      items: ['é'.repeat(10), 'é'.repeat(10)],
      joiner: '\n',
      tail: '',
      more: () => '…',
      cutOrder: 0,
    };
    expect(fitBlocks([block], 30, bytes, '!')).toBe(`${'é'.repeat(10)}\n…`);
  });

  it('renderBlock shows the kept rows, then what replaces the cut ones', () => {
    expect(renderBlock(rows(3, 0), 1)).toBe('rows:\nrow 0\n(2 more)');
    expect(renderBlock(rows(3, 0), 0)).toBe('rows:\n(3 more)');
  });
});

import { changedSince, normalisePatch, type PatchSide } from './ack-binding.js';

const side = (
  files: Record<string, { status?: string; previousPath?: string; patch?: string }>,
  complete = true,
): PatchSide => ({
  files: new Map(Object.entries(files).map(([path, f]) => [path, { status: f.status ?? 'modified', ...f }])),
  complete,
});

describe('changedSince', () => {
  it.each([
    ['identical patches', { patch: '@@ -1 +1 @@\n-a\n+b' }, { patch: '@@ -1 +1 @@\n-a\n+b' }, false],
    [
      'a rebase that moved the hunk',
      { patch: '@@ -1,3 +1,4 @@ fn f()\n a\n+b\n c' },
      { patch: '@@ -9,3 +9,4 @@ fn g()\n a\n+b\n c' },
      false,
    ],
    ['CRLF against LF', { patch: '@@ -1 +1 @@\r\n-a\r\n+b\r\n' }, { patch: '@@ -1 +1 @@\n-a\n+b' }, false],
    ['one more added line', { patch: '@@ -1 +1 @@\n-a\n+b' }, { patch: '@@ -1 +1,2 @@\n-a\n+b\n+c' }, true],
    ['a changed context line', { patch: '@@ -1,2 +1,3 @@\n a\n+b' }, { patch: '@@ -1,2 +1,3 @@\n z\n+b' }, true],
    ['a status change', { status: 'added', patch: '+a' }, { status: 'modified', patch: '+a' }, true],
    [
      'a rename from elsewhere',
      { status: 'renamed', previousPath: 'x.rs', patch: '' },
      { status: 'renamed', previousPath: 'y.rs', patch: '' },
      true,
    ],
    ['no patch on either side', {}, {}, true],
    ['no patch at head', { patch: '+a' }, {}, true],
  ])('%s → changed: %s', (_what, reviewed, head, changed) => {
    expect(changedSince(['f.rs'], side({ 'f.rs': reviewed }), side({ 'f.rs': head }))).toEqual(changed ? ['f.rs'] : []);
  });

  it('treats a file the PR did not change at the reviewed commit as changed when it changes now', () => {
    expect(changedSince(['f.rs'], side({}), side({ 'f.rs': { patch: '+a' } }))).toEqual(['f.rs']);
  });

  it('treats a file unchanged on both complete sides as the same', () => {
    expect(changedSince(['f.rs'], side({}), side({}))).toEqual([]);
  });

  it('never proves "unchanged" from a comparison cut short', () => {
    expect(changedSince(['f.rs'], side({}, false), side({}))).toEqual(['f.rs']);
    expect(changedSince(['f.rs'], side({}), side({}, false))).toEqual(['f.rs']);
  });

  it('counts every file as changed when a side could not be read', () => {
    expect(changedSince(['a.rs', 'b.rs'], undefined, side({}))).toEqual(['a.rs', 'b.rs']);
  });
});

describe('normalisePatch', () => {
  it('drops hunk positions and the function context, keeps every line', () => {
    expect(normalisePatch('@@ -1,2 +3,2 @@ fn a()\r\n-x\r\n+y\n')).toBe('@@\n-x\n+y');
  });
});

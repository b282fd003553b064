import { lazyRequire } from './lazy-require.js';

describe('lazyRequire', () => {
  it('loads each library once, on first use', () => {
    const first = lazyRequire('minimatch');
    expect(first.minimatch('rust/kernel/str.rs', '**/*.rs')).toBe(true);
    expect(lazyRequire('minimatch')).toBe(first);
    expect(lazyRequire('re2js').RE2JS.compile('a+b').test('xaab')).toBe(true);
  });
});

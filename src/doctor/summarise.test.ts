import { count, plural, summariseList } from './summarise.js';

describe('summarise', () => {
  it.each([
    [[], 'none'],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c', 'd', 'e'], 'a, b, c, d and e'],
    [['a', 'b', 'c', 'd', 'e', 'f'], 'a, b, c, d, e and 1 more'],
  ])('summariseList(%j) → %s', (items, expected) => {
    expect(summariseList(items)).toBe(expected);
  });

  it('summariseList names the first few of thousands and counts the rest', () => {
    const many = Array.from({ length: 5012 }, (_, i) => `p${i}`);
    expect(summariseList(many)).toBe('p0, p1, p2, p3, p4 and 5,007 more');
  });

  it('count and plural use English separators whatever the locale', () => {
    expect(count(1234567)).toBe('1,234,567');
    expect(plural(1, 'login')).toBe('1 login');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});

import { paginate } from './pagination.js';

const BASE = 'https://api.example/repositories/7/pulls/1/comments';
const items = Array.from({ length: 5 }, (_, i) => i);

/** One page of `items` for a query string. */
function page(query: string) {
  const search = new URLSearchParams(query);
  return paginate(items, {
    linkBase: BASE,
    search,
    query: Object.fromEntries([...search].map(([k, v]) => [k, Number(v)])),
  });
}

describe('paginate', () => {
  it.each([
    ['per_page=2', [0, 1], `<${BASE}?per_page=2&page=2>; rel="next", <${BASE}?per_page=2&page=3>; rel="last"`],
    [
      'page=2&per_page=2',
      [2, 3],
      `<${BASE}?per_page=2&page=1>; rel="prev", <${BASE}?per_page=2&page=3>; rel="next", ` +
        `<${BASE}?per_page=2&page=3>; rel="last", <${BASE}?per_page=2&page=1>; rel="first"`,
    ],
    ['per_page=2&page=3', [4], `<${BASE}?per_page=2&page=2>; rel="prev", <${BASE}?per_page=2&page=1>; rel="first"`],
    ['per_page=2&page=9', [], `<${BASE}?per_page=2&page=3>; rel="prev", <${BASE}?per_page=2&page=1>; rel="first"`],
    ['', [0, 1, 2, 3, 4], undefined],
    ['per_page=0', [0, 1, 2, 3, 4], undefined],
  ])('?%s → items %j and GitHub Link header', (query, expected, link) => {
    expect(page(query)).toEqual({ items: expected, link });
  });

  it('never serves more than 100 a page', () => {
    const many = Array.from({ length: 250 }, (_, i) => i);
    const search = new URLSearchParams('per_page=1000');
    expect(paginate(many, { linkBase: BASE, search, query: { per_page: 1000 } }).items).toHaveLength(100);
  });
});

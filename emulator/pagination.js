/**
 * GitHub's page-number pagination: `per_page` (default 30, at most 100) and `page`, with a Link header in
 * GitHub's exact format, which addresses the repository by id:
 *
 *   <https://api.github.com/repositories/1300192/issues?page=2>; rel="prev", <…?page=4>; rel="next",
 *   <…?page=515>; rel="last", <…?page=1>; rel="first"
 */

import { URLSearchParams } from 'node:url';

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

/**
 * One page of `items` and its Link header (absent when everything fits on one page).
 * @template T
 * @param {readonly T[]} items
 * @param {object} request
 * @param {string} request.linkBase the URL pages are linked from, e.g. `${api}/repositories/42/pulls/1/files`
 * @param {URLSearchParams} request.search the request's query, kept in every link with `page` moved last
 * @param {Record<string, unknown>} request.query the typed query (`per_page`, `page`)
 * @returns {{ items: T[], link: string | undefined }}
 */
export function paginate(items, request) {
  const asked = Number(request.query.per_page ?? DEFAULT_PER_PAGE);
  // GitHub quietly clamps per_page rather than rejecting it.
  const perPage = asked < 1 ? DEFAULT_PER_PAGE : Math.min(asked, MAX_PER_PAGE);
  const page = Math.max(1, Number(request.query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (last === 1 && page === 1) return { items: slice, link: undefined };
  const href = (/** @type {number} */ n) => {
    const search = new URLSearchParams([...request.search].filter(([key]) => key !== 'page'));
    search.append('page', String(n));
    return `<${request.linkBase}?${search}>`;
  };
  const rels = [];
  if (page > 1) rels.push(`${href(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`);
  if (page > 1) rels.push(`${href(1)}; rel="first"`);
  return { items: slice, link: rels.join(', ') };
}

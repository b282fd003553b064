/**
 * The GraphQL document that reads many git objects in one request: branch tips (`ref`) and what a
 * `commit:path` expression names (`object`: a blob, a tree, or nothing). Built per use with one alias per
 * item; every value goes in a variable, never into the document's text, so a path cannot change the query.
 * Validated against GitHub's published schema in git-objects.graphql.test.ts.
 */

/** Aliases per request: each is one object lookup; GitHub documents no alias limit, so stay modest. */
export const MAX_ITEMS_PER_REQUEST = 100;

/**
 * A document reading `refs` (qualified names, e.g. `refs/heads/main`) and `objects` (`sha:path` expressions),
 * aliased `r0…` and `o0…` in order.
 *
 * @example gitObjectsDocument(1, 1)
 *   // → 'query GitObjects($owner: String!, $name: String!, $r0: String!, $o0: String!) { repository(…) { r0: ref(qualifiedName: $r0) { target { oid } } o0: object(expression: $o0) { __typename oid } } }'
 */
export function gitObjectsDocument(refs: number, objects: number): string {
  const variables = ['$owner: String!', '$name: String!'];
  const fields: string[] = [];
  for (let i = 0; i < refs; i++) {
    variables.push(`$r${i}: String!`);
    fields.push(`r${i}: ref(qualifiedName: $r${i}) { target { oid } }`);
  }
  for (let i = 0; i < objects; i++) {
    variables.push(`$o${i}: String!`);
    fields.push(`o${i}: object(expression: $o${i}) { __typename oid }`);
  }
  return `query GitObjects(${variables.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
}

/** The answer: each alias → its ref (with the commit it points at) or object, null when absent. */
export interface GitObjectsAnswer {
  repository: Record<string, { target?: { oid: string } | null; __typename?: string; oid?: string } | null> | null;
}

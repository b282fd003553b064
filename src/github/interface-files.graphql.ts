/**
 * The GraphQL documents that read the interface files at a commit (read-interface-files.ts): one lists the
 * trees below each glob's static prefix, several levels of nested `entries` in one request; the other reads
 * many blobs' text in one request. Built per use with one alias per tree, path or blob; every value (owner,
 * name, `commit:path` expressions) goes in a variable, never into the document's text, so a path cannot change
 * the query. Validated against GitHub's published schema in interface-files.graphql.test.ts.
 */

/**
 * Levels of a tree listed in one request: the tree's own entries and three levels of subtrees below them.
 * The kernel's rust/ is four levels deep (rust/kernel/sync/arc/std_vendor.rs), so it takes one request;
 * deeper subtrees continue in follow-up requests. `Tree.entries` is a plain list (no connection, so no node
 * limit or point cost applies), but every level multiplies the answer: more would risk GitHub's timeout on a
 * broad prefix.
 */
export const TREE_LEVELS = 4;

/** Fields of one tree entry, with `levels - 1` levels of subtrees below it. */
function entryFields(levels: number): string {
  const own = 'name type size';
  return levels <= 1 ? own : `${own} object { ... on Tree { entries { ${entryFields(levels - 1)} } } }`;
}

/**
 * A document listing `trees` trees (`t0…`, `commit:dir` expressions) `levels` levels deep, and the size of
 * `paths` plain paths (`p0…`, `commit:path`; an object that is not a blob answers `{}`).
 *
 * @example interfaceTreesDocument(1, 1, 2)
 *   // → 'query InterfaceTrees($owner: String!, $name: String!, $t0: String!, $p0: String!) { repository(…) {
 *   //    t0: object(expression: $t0) { ... on Tree { entries { name type size object { ... on Tree { entries { name type size } } } } } }
 *   //    p0: object(expression: $p0) { ... on Blob { byteSize } } } }'
 */
export function interfaceTreesDocument(trees: number, paths: number, levels: number = TREE_LEVELS): string {
  const variables = ['$owner: String!', '$name: String!'];
  const fields: string[] = [];
  for (let i = 0; i < trees; i++) {
    variables.push(`$t${i}: String!`);
    fields.push(`t${i}: object(expression: $t${i}) { ... on Tree { entries { ${entryFields(levels)} } } }`);
  }
  for (let i = 0; i < paths; i++) {
    variables.push(`$p${i}: String!`);
    fields.push(`p${i}: object(expression: $p${i}) { ... on Blob { byteSize } }`);
  }
  return `query InterfaceTrees(${variables.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
}

/**
 * A document reading the text of `blobs` blobs (`b0…`, `commit:path` expressions).
 *
 * @example interfaceBlobsDocument(1)
 *   // → 'query InterfaceBlobs($owner: String!, $name: String!, $b0: String!) { repository(…) {
 *   //    b0: object(expression: $b0) { ... on Blob { text isBinary isTruncated } } } }'
 */
export function interfaceBlobsDocument(blobs: number): string {
  const variables = ['$owner: String!', '$name: String!'];
  const fields: string[] = [];
  for (let i = 0; i < blobs; i++) {
    variables.push(`$b${i}: String!`);
    fields.push(`b${i}: object(expression: $b${i}) { ... on Blob { text isBinary isTruncated } }`);
  }
  return `query InterfaceBlobs(${variables.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
}

/** One entry of a listed tree; `object` only down to the document's last level, and only for subtrees. */
export interface TreeEntryAnswer {
  name: string;
  /** `blob`, `tree`, or `commit` (a submodule). */
  type: string;
  size: number;
  object?: { entries?: TreeEntryAnswer[] } | null;
}

/** The answer to interfaceTreesDocument: `t…` → a tree (`{}` when not a tree), `p…` → a blob's size. */
export interface InterfaceTreesAnswer {
  repository: Record<string, { entries?: TreeEntryAnswer[]; byteSize?: number } | null> | null;
}

/** The answer to interfaceBlobsDocument: `b…` → the blob (`{}` when not a blob, null when absent). */
export interface InterfaceBlobsAnswer {
  repository: Record<string, { text?: string | null; isBinary?: boolean; isTruncated?: boolean } | null> | null;
}

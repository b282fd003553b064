import { documentProblems } from './document-problems.test-helper.js';
import { MAX_ITEMS_PER_REQUEST } from './git-objects.graphql.js';
import { interfaceBlobsDocument, interfaceTreesDocument, TREE_LEVELS } from './interface-files.graphql.js';

describe('interface-files.graphql', () => {
  it.each([
    [1, 0, 1],
    [1, 1, TREE_LEVELS],
    [0, 1, TREE_LEVELS],
    [3, 2, 2],
    [MAX_ITEMS_PER_REQUEST - 1, 1, TREE_LEVELS],
  ])(
    'interfaceTreesDocument(%i trees, %i paths, %i levels) is valid against GitHub’s published schema',
    (trees, paths, levels) => {
      expect(documentProblems(interfaceTreesDocument(trees, paths, levels))).toEqual([]);
    },
  );

  it.each([1, 7, MAX_ITEMS_PER_REQUEST])(
    'interfaceBlobsDocument(%i) is valid against GitHub’s published schema',
    (blobs) => {
      expect(documentProblems(interfaceBlobsDocument(blobs))).toEqual([]);
    },
  );

  it('interfaceTreesDocument nests the levels and puts no value into the document: paths travel as variables', () => {
    expect(interfaceTreesDocument(1, 1, 2)).toBe(
      'query InterfaceTrees($owner: String!, $name: String!, $t0: String!, $p0: String!) { repository(owner: $owner, name: $name) { ' +
        't0: object(expression: $t0) { ... on Tree { entries { name type size object { ... on Tree { entries { name type size } } } } } } ' +
        'p0: object(expression: $p0) { ... on Blob { byteSize } } } }',
    );
  });

  it('interfaceBlobsDocument puts no value into the document: paths travel as variables', () => {
    expect(interfaceBlobsDocument(1)).toBe(
      'query InterfaceBlobs($owner: String!, $name: String!, $b0: String!) { repository(owner: $owner, name: $name) { ' +
        'b0: object(expression: $b0) { ... on Blob { text isBinary isTruncated } } } }',
    );
  });
});

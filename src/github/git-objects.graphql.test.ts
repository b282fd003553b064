import { documentProblems } from './document-problems.test-helper.js';
import { gitObjectsDocument, MAX_ITEMS_PER_REQUEST } from './git-objects.graphql.js';

describe('git-objects.graphql', () => {
  it.each([
    [1, 0],
    [0, 1],
    [2, 3],
    [0, MAX_ITEMS_PER_REQUEST],
  ])('gitObjectsDocument(%i refs, %i objects) is valid against GitHub’s published schema', (refs, objects) => {
    expect(documentProblems(gitObjectsDocument(refs, objects))).toEqual([]);
  });

  it('gitObjectsDocument puts no value into the document: paths travel as variables', () => {
    expect(gitObjectsDocument(1, 1)).toBe(
      'query GitObjects($owner: String!, $name: String!, $r0: String!, $o0: String!) { repository(owner: $owner, name: $name) { ' +
        'r0: ref(qualifiedName: $r0) { target { oid } } o0: object(expression: $o0) { __typename oid } } }',
    );
  });
});

/**
 * The GraphQL document that reads a branch's tip commit. REST has `GET …/git/ref/heads/{branch}` too; the
 * sweep reads tips through GraphQL already, and one document serves both. Validated against GitHub's
 * published schema in branch-tip.graphql.test.ts.
 */
export const BRANCH_TIP = /* GraphQL */ `
  query BranchTip($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $qualifiedName) {
        target {
          oid
        }
      }
    }
  }
`;

/** The answer's shape, as far as the action reads it. */
export interface BranchTipAnswer {
  repository: { ref: { target: { oid: string } | null } | null } | null;
}

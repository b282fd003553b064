/**
 * GitHub's GraphQL limits, checked before a query runs (docs.github.com, "Rate limits and node limits for the
 * GraphQL API"):
 *
 * - every connection needs `first` or `last`, each within 1–100;
 * - a call may request at most 500,000 nodes (each connection's page size times its parents');
 * - the point cost: add up the requests needed to fulfil each connection, assuming every page is full (a
 *   connection is fetched once per parent node), divide by 100 and round to the nearest whole number, at least 1.
 *
 * @example
 *   // repositories(first: 100) { issues(first: 50) { labels(first: 60) } }
 *   // requests 1 + 100 + 5,000 = 5,101 → cost 51; nodes 100 + 5,000 + 300,000 = 305,100
 */
import { Kind, getNamedType, isObjectType, isInterfaceType, isUnionType } from 'graphql';

export const MAX_PAGE = 100;
export const MAX_NODES = 500_000;

/**
 * @typedef {object} QueryLimits
 * @property {number} cost the points the query costs
 * @property {number} nodes the most nodes it can return
 * @property {Array<{ type: string, message: string, path: string[], locations: Array<{ line: number, column: number }> }>} errors
 *   pagination problems, in GitHub's error shape
 */

/**
 * Computes the limits of one operation.
 * @param {import('graphql').GraphQLSchema} schema
 * @param {import('graphql').DocumentNode} document
 * @param {import('graphql').OperationDefinitionNode} operation
 * @param {Record<string, unknown>} variables
 * @returns {QueryLimits}
 */
export function queryLimits(schema, document, operation, variables) {
  /** @type {Map<string, import('graphql').FragmentDefinitionNode>} */
  const fragments = new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let requests = 0;
  let nodes = 0;
  /** @type {QueryLimits['errors']} */
  const errors = [];
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();

  /**
   * @param {import('graphql').ValueNode | undefined} node
   * @returns {unknown}
   */
  const valueOf = (node) => {
    if (!node) return undefined;
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.NULL) return null;
    return undefined;
  };

  /**
   * @param {import('graphql').SelectionSetNode | undefined} set
   * @param {import('graphql').GraphQLNamedType} type
   * @param {number} multiplier how many times this selection is resolved
   * @param {string[]} path
   */
  const walk = (set, type, multiplier, path) => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && on) walk(fragment.selectionSet, on, multiplier, path);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on) walk(selection.selectionSet, on, multiplier, path);
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename' || !(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[name];
      if (!field) continue;
      const child = getNamedType(field.type);
      const at = [...path, selection.alias?.value ?? name];
      let next = multiplier;
      if (child.name.endsWith('Connection')) {
        const arg = (/** @type {string} */ argName) =>
          valueOf(selection.arguments?.find((a) => a.name.value === argName)?.value);
        const first = arg('first');
        const last = arg('last');
        const locations = selection.loc
          ? [{ line: selection.loc.startToken.line, column: selection.loc.startToken.column }]
          : [];
        const size = typeof first === 'number' ? first : typeof last === 'number' ? last : null;
        if (size === null) {
          errors.push({
            type: 'MISSING_PAGINATION_BOUNDARIES',
            path: at,
            locations,
            message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
          });
          continue;
        }
        if (size < 0 || size > MAX_PAGE) {
          const which = typeof first === 'number' ? 'first' : 'last';
          errors.push({
            type: 'EXCESSIVE_PAGINATION',
            path: at,
            locations,
            message: `Requesting ${size} records on the \`${name}\` connection exceeds the \`${which}\` limit of ${MAX_PAGE} records.`,
          });
          continue;
        }
        requests += multiplier;
        nodes += multiplier * size;
        next = multiplier * size;
      }
      if (isObjectType(child) || isInterfaceType(child) || isUnionType(child)) {
        walk(selection.selectionSet, child, next, at);
      }
    }
  };
  if (root) walk(operation.selectionSet, root, 1, []);
  return { cost: Math.max(1, Math.round(requests / 100)), nodes, errors };
}

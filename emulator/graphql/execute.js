/**
 * `POST /graphql`: one GraphQL request through GitHub's gates — authentication, the JSON body, parsing and
 * validation against GitHub's schema, the node limits, the point budget (separate from REST's, reported with
 * `x-ratelimit-resource: graphql`) — then execution over the emulator's state. Errors come back as GitHub sends
 * them: HTTP 200 with `errors` (and no `data` when the query never ran).
 *
 * Error wording: GitHub runs graphql-ruby, whose messages differ from graphql-js's; the common validation
 * errors are rewritten to graphql-ruby's wording and `extensions.code` (observed), the rest keep graphql-js's text.
 */
import { Kind, execute, parse, validate } from 'graphql';
import { errorReply } from '../replies.js';
import { MAX_NODES, queryLimits } from './cost.js';
import { queryRoot } from './resolvers.js';
import { githubSchema } from './schema.js';

const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

/**
 * @typedef {object} GraphqlOutcome
 * @property {import('../replies.js').Reply} reply
 * @property {string | null} operationName
 * @property {string[]} problems emulator-side problems (unmodelled fields) to record as violations
 */

/**
 * graphql-ruby's wording for graphql-js validation messages GitHub users meet most.
 * @param {import('graphql').GraphQLError} error
 */
function githubValidationError(error) {
  const locations = error.locations ?? [];
  /** @type {Array<[RegExp, (m: RegExpExecArray) => { message: string, extensions: Record<string, unknown> }]>} */
  const rules = [
    [
      /^Cannot query field "(\w+)" on type "(\w+)"/,
      (m) => ({
        message: `Field '${m[1]}' doesn't exist on type '${m[2]}'`,
        extensions: { code: 'undefinedField', typeName: m[2], fieldName: m[1] },
      }),
    ],
    [
      /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"/,
      (m) => ({
        message: `Field '${m[3]}' doesn't accept argument '${m[1]}'`,
        extensions: { code: 'argumentNotAccepted', name: m[3], typeName: 'Field', argumentName: m[1] },
      }),
    ],
    [
      /^Field "(\w+)\.(\w+)" argument "(\w+)" of type "(.+)" is required, but it was not provided\./,
      (m) => ({
        message: `Field '${m[2]}' is missing required arguments: ${m[3]}`,
        extensions: { code: 'missingRequiredArguments', className: 'Field', name: m[2], arguments: m[3] },
      }),
    ],
    [
      /^Variable "\$(\w+)" is never used/,
      (m) => ({
        message: `Variable $${m[1]} is declared by anonymous query but not used`,
        extensions: { code: 'variableNotUsed', variableName: m[1] },
      }),
    ],
  ];
  for (const [pattern, rewrite] of rules) {
    const match = pattern.exec(error.message);
    if (match) return { ...rewrite(match), locations };
  }
  return { message: error.message, locations };
}

/**
 * A 200 answer carrying a GraphQL response body.
 * @param {unknown} body
 * @param {Record<string, string>} headers
 * @returns {import('../replies.js').Reply}
 */
function ok(body, headers) {
  return { status: 200, body, headers };
}

/**
 * Runs one GraphQL request.
 * @param {object} parts
 * @param {import('../state.js').RepositoryState} parts.state
 * @param {import('../faults.js').Faults} parts.faults
 * @param {string} parts.api
 * @param {string | undefined} parts.raw the request body
 * @returns {GraphqlOutcome}
 */
export function runGraphql({ state, faults, api, raw }) {
  const budget = faults.graphql;
  budget.refill(Date.now());
  const headers = (/** @type {number} */ remaining) => budget.headers(remaining);
  /** @type {any} */
  let request;
  try {
    request = JSON.parse(raw ?? '');
  } catch {
    return { reply: errorReply(400, 'Problems parsing JSON', GRAPHQL_DOCS), operationName: null, problems: [] };
  }
  const operationName = typeof request?.operationName === 'string' ? request.operationName : null;
  const done = (/** @type {import('../replies.js').Reply} */ reply, problems = /** @type {string[]} */ ([])) => ({
    reply,
    operationName,
    problems,
  });
  if (typeof request?.query !== 'string') {
    return done(
      ok(
        { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
        headers(budget.remaining),
      ),
    );
  }
  if (budget.remaining === 0) return done(rateLimited(budget));

  let document;
  try {
    document = parse(request.query);
  } catch (error) {
    const e = /** @type {import('graphql').GraphQLError} */ (error);
    const token = /Syntax Error: (?:Expected .*?, found |Unexpected )(.+)\./.exec(e.message)?.[1] ?? '';
    const at = e.locations?.[0] ?? { line: 1, column: 1 };
    const message = `Parse error on ${token.replace(/^"|"$/g, '"')} at [${at.line}, ${at.column}]`;
    return done(ok({ errors: [{ message, locations: e.locations ?? [] }] }, headers(budget.remaining)));
  }
  const schema = githubSchema();
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    return done(ok({ errors: invalid.map(githubValidationError) }, headers(budget.remaining)));
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = /** @type {import('graphql').OperationDefinitionNode | undefined} */ (
    operationName
      ? operations.find((o) => o.kind === Kind.OPERATION_DEFINITION && o.name?.value === operationName)
      : operations[0]
  );
  if (!operation) {
    const message = operationName ? `No operation named "${operationName}"` : 'No operations in query document';
    return done(ok({ errors: [{ message }] }, headers(budget.remaining)));
  }
  const variables = request.variables && typeof request.variables === 'object' ? request.variables : {};
  const limits = queryLimits(schema, document, operation, variables);
  if (limits.errors.length > 0) {
    return done(ok({ errors: limits.errors }, headers(budget.remaining)));
  }
  if (limits.nodes > MAX_NODES) {
    const message = `This query requests up to ${limits.nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`;
    return done(ok({ errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message }] }, headers(budget.remaining)));
  }
  const dryRun = /rateLimit\s*\(\s*dryRun\s*:\s*true/.test(request.query);
  if (!dryRun && limits.cost > budget.remaining) return done(rateLimited(budget));
  if (!dryRun) budget.charge(limits.cost);

  /** @type {string[]} */
  const problems = [];
  const context = {
    state,
    api,
    rate: {
      limit: budget.limit,
      remaining: budget.remaining,
      used: budget.limit - budget.remaining,
      resetAt: new Date(budget.resetAt * 1000).toISOString().replace('.000Z', 'Z'),
      cost: limits.cost,
      nodes: limits.nodes,
    },
  };
  const result = /** @type {import('graphql').ExecutionResult} */ (
    execute({
      schema,
      document,
      rootValue: queryRoot(context),
      contextValue: context,
      variableValues: variables,
      operationName: operationName ?? undefined,
      fieldResolver: (source, args, ctx, info) => {
        const value = source?.[info.fieldName];
        if (value === undefined && !(info.fieldName in (source ?? {}))) {
          const what = `${info.parentType.name}.${info.fieldName}`;
          problems.push(`GraphQL field ${what} is not modelled by the emulator`);
          throw new Error(`emulator: ${what} is not modelled (add it to emulator/graphql/resolvers.js)`);
        }
        return typeof value === 'function' ? value(args, ctx, info) : value;
      },
    })
  );
  /** @type {Record<string, unknown>} */
  const body = { data: result.data ?? null };
  if (result.errors?.length) {
    body.errors = result.errors.map((e) => ({
      ...(e.extensions?.type ? { type: e.extensions.type } : {}),
      path: e.path,
      locations: e.locations ?? [],
      message: e.message,
    }));
  }
  return done(ok(body, headers(budget.remaining)), problems);
}

/**
 * GitHub's answer when the GraphQL budget is spent: 200 with a RATE_LIMITED error (the type Octokit's throttling
 * plugin looks for) and `x-ratelimit-remaining: 0`.
 * @param {import('../faults.js').GraphqlBudget} budget
 * @returns {import('../replies.js').Reply}
 */
function rateLimited(budget) {
  return ok(
    { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1000001.' }] },
    budget.headers(budget.remaining),
  );
}

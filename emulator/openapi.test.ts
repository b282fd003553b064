import { EMULATED_OPERATION_IDS } from './handlers/index.js';
import { unknownKeys } from './openapi.js';
import { shapeProblems } from './response-shape.js';
import { compileRoutes, loadOperations, matchRoute } from './routes.js';

const { operations } = loadOperations();
const routes = compileRoutes(operations);

describe('the extracted OpenAPI operations', () => {
  it('cover exactly the operations the emulator has handlers for', () => {
    expect(operations.map((o) => o.operationId).sort()).toEqual([...EMULATED_OPERATION_IDS].sort());
  });

  it('carry a JSON body schema for every write that takes a body', () => {
    const writes = operations.filter((o) => o.method === 'POST' || o.method === 'PUT' || o.method === 'PATCH');
    expect(writes.filter((o) => !o.requestBody?.schema?.properties && !o.requestBody?.schema?.oneOf)).toEqual([]);
  });
});

describe('matchRoute', () => {
  it.each([
    ['GET', '/repos/o/r/issues/comments/5', 'issues/get-comment', { comment_id: '5' }],
    ['GET', '/repos/o/r/issues/5/comments', 'issues/list-comments', { issue_number: '5' }],
    ['DELETE', '/repos/o/r/issues/5/labels/a%2Fb%20c', 'issues/remove-label', { name: 'a/b c' }],
    ['GET', '/repos/o/r/contents/rust/kernel/lib.rs', 'repos/get-content', { path: 'rust/kernel/lib.rs' }],
    ['GET', '/repos/o/r/contents/rust%2Fkernel%2Flib.rs', 'repos/get-content', { path: 'rust/kernel/lib.rs' }],
    [
      'GET',
      '/repos/o/r/compare/main...feature/x',
      'repos/compare-commits-with-basehead',
      { basehead: 'main...feature/x' },
    ],
  ])('%s %s → %s', (method, path, operationId, params) => {
    const match = matchRoute(routes, method, path);
    expect(match?.operation.operationId).toBe(operationId);
    expect(match?.params).toMatchObject(params);
  });

  it.each([
    ['PATCH', '/repos/o/r/pulls/1'],
    ['POST', '/repos/o/r/pulls'],
    ['GET', '/repos/o/r/pulls/1/files/extra'],
    ['GET', '/repos/o/r/labels/%E0%A4%A'],
  ])('finds nothing for %s %s', (method, path) => {
    expect(matchRoute(routes, method, path)).toBeNull();
  });
});

describe('unknownKeys', () => {
  const addLabels = operations.find((o) => o.operationId === 'issues/add-labels')?.requestBody?.schema;

  it.each([
    [{ labels: ['rust'] }, []],
    [{ labels: [{ name: 'rust' }] }, []],
    [{ labels: [{ name: 'rust', colour: 'ff0000' }] }, ['/labels/0/colour']],
    [{ labels: ['rust'], replace: true }, ['/replace']],
  ])('names the keys of %j that no schema declares', (body, expected) => {
    expect(unknownKeys(addLabels, body, '')).toEqual(expected);
  });

  it('accepts anything inside a free-form object', () => {
    expect(unknownKeys({ type: 'object', additionalProperties: true, properties: {} }, { x: 1 }, '')).toEqual([]);
  });
});

describe('shapeProblems', () => {
  const shape = {
    required: { id: 'integer', user: { type: 'object', required: { login: 'string' } }, body: 'string?' },
  };

  it.each([
    [{ id: 1, user: { login: 'a' }, body: null }, []],
    [{ id: 1, user: { login: 'a' } }, ['/body is required']],
    [{ id: '1', user: {}, body: 'x' }, ['/id should be integer, got "1"', '/user/login is required']],
  ])('checks %j against the required keys', (value, expected) => {
    expect(shapeProblems(value, shape, '')).toEqual(expected);
  });
});

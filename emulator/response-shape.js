/**
 * Checks a JSON answer against the keys GitHub's description marks required (the fixture's response shapes,
 * see scripts/extract-openapi.js), so the emulator cannot drift from what GitHub promises clients.
 */

/**
 * Places where GitHub answers null although its description does not admit it: `head.repo` of a pull request
 * whose fork was deleted, and the description of a label created without one (pull-request-simple).
 */
const KNOWN_NULLS = [/\/head\/repo$/, /\/labels\/\d+\/description$/];

/**
 * @param {unknown} value
 * @param {string} type a leaf type from the fixture, e.g. 'integer' or 'string?' (nullable)
 */
function typeMatches(value, type) {
  const base = type.replace(/\?$/, '');
  if (value === null) return type.endsWith('?') || base === 'any';
  switch (base) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
    case 'boolean':
      return typeof value === base;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}

/**
 * Missing required keys and wrongly typed values in a response, as messages naming JSON pointers.
 * @param {unknown} value
 * @param {any} shape
 * @param {string} pointer
 * @returns {string[]}
 */
export function shapeProblems(value, shape, pointer) {
  if (shape.oneOf) {
    const tries = shape.oneOf.map((/** @type {any} */ s) => shapeProblems(value, s, pointer));
    return tries.some((/** @type {string[]} */ t) => t.length === 0) ? [] : tries[0];
  }
  if (shape.items) {
    if (!Array.isArray(value)) return [`${pointer || '/'} should be an array`];
    return value.flatMap((item, i) => shapeProblems(item, shape.items, `${pointer}/${i}`));
  }
  if (!shape.required) return [];
  if (value === null || typeof value !== 'object') return [`${pointer || '/'} should be an object`];
  /** @type {string[]} */
  const problems = [];
  const object = /** @type {Record<string, unknown>} */ (value);
  for (const [key, leaf] of Object.entries(shape.required)) {
    const at = `${pointer}/${key}`;
    if (!(key in object)) {
      problems.push(`${at} is required`);
      continue;
    }
    const type = typeof leaf === 'string' ? leaf : leaf.type;
    if (object[key] === null && KNOWN_NULLS.some((re) => re.test(at))) continue;
    if (!typeMatches(object[key], type)) problems.push(`${at} should be ${type}, got ${JSON.stringify(object[key])}`);
    else if (typeof leaf !== 'string' && object[key] !== null) problems.push(...shapeProblems(object[key], leaf, at));
  }
  return problems;
}

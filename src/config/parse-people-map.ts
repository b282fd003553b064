/**
 * `import --people people.yml`: a YAML map of e-mail → GitHub login (or `org/team`), the same shape as
 * maintainers.yml's `import.people`. Errors point at the offending entry.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { handleProblem } from './github-handle.js';
import { sourceError, type Parsed, type SourceError } from '../errors.js';

export function parsePeopleMap(text: string, file: string): Parsed<Record<string, string>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors: SourceError[] = [];
  const at = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  for (const problem of document.errors) {
    const { line, col } = at(problem.pos[0]);
    errors.push(sourceError('YAML_SYNTAX', problem.message.split('\n')[0], file, line, col));
  }
  const people: Record<string, string> = {};
  if (errors.length > 0 || document.contents === null) return { value: people, errors, warnings: [] };
  if (!isMap(document.contents)) {
    const { line, col } = at(document.contents.range?.[0]);
    errors.push(sourceError('WRONG_TYPE', 'expected a map of e-mail: login', file, line, col));
    return { value: people, errors, warnings: [] };
  }
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? pair.key : null;
    const value = isScalar(pair.value) ? pair.value : null;
    const { line, col } = at((value ?? key)?.range?.[0]);
    if (!key || typeof key.value !== 'string' || !key.value.includes('@')) {
      errors.push(
        sourceError('WRONG_TYPE', `expected an e-mail address as key, not ${String(key?.value)}`, file, line, col),
      );
      continue;
    }
    if (!value || typeof value.value !== 'string') {
      errors.push(sourceError('WRONG_TYPE', `${key.value}: expected a GitHub login or org/team`, file, line, col));
      continue;
    }
    const problem = handleProblem(value.value);
    if (problem) errors.push(sourceError('BAD_PERSON', `${key.value}: ${problem}`, file, line, col));
    else people[key.value.toLowerCase()] = value.value;
  }
  return { value: people, errors, warnings: [] };
}

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSourceError } from '../errors.js';
import { readConfigFile } from './read-config-file.js';

describe('readConfigFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-config-'));
    writeFileSync(join(dir, 'maintainers.yml'), 'version: 1\n');
    mkdirSync(join(dir, 'MAINTAINERS'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('readConfigFile returns the text of a policy file', () => {
    expect(readConfigFile(join(dir, 'maintainers.yml'))).toEqual({ value: 'version: 1\n', errors: [], warnings: [] });
  });

  it('readConfigFile turns a missing policy into CONFIG_MISSING naming the path', () => {
    const path = join(dir, 'nope.yml');
    const { value, errors } = readConfigFile(path);
    expect(value).toBeNull();
    expect(errors.map((e) => [e.code, formatSourceError(e)])).toEqual([
      ['CONFIG_MISSING', `${path}:1:1: cannot read ${path}: no such file`],
    ]);
  });

  it.each([
    ['a missing import', 'GONE', 'no such file'],
    ['an import that is a directory', 'MAINTAINERS', 'it is a directory'],
  ])('readConfigFile reports %s at the import.path that named it', (_name, file, reason) => {
    const path = join(dir, file);
    const { value, errors } = readConfigFile(path, { file: 'maintainers.yml', line: 3, col: 9 });
    expect(value).toBeNull();
    expect(errors.map((e) => [e.code, formatSourceError(e)])).toEqual([
      ['FILE_NOT_FOUND', `maintainers.yml:3:9: import.path: cannot read ${path}: ${reason}`],
    ]);
  });
});

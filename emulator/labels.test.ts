import type { Emulator } from './index.js';
import { call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';

describe('labels', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('creates a missing label with colour ededed and no description when adding it to a pull request', async () => {
    emu.addLabel({ name: 'net', color: '00ff00', description: 'Networking' });
    const { status, json } = await call(emu, 'POST', `${REPO}/issues/1/labels`, { labels: ['rust: hold', 'NET'] });
    expect(status).toBe(200);
    expect(json.map((l: { name: string }) => l.name)).toEqual(['net', 'rust', 'rust: hold']);
    expect(emu.labels()).toEqual([
      { name: 'net', color: '00ff00', description: 'Networking' },
      { name: 'rust', color: 'ededed', description: null },
      { name: 'rust: hold', color: 'ededed', description: null },
    ]);
  });

  it('accepts label objects as well as names', async () => {
    await call(emu, 'POST', `${REPO}/issues/1/labels`, { labels: [{ name: 'net' }] });
    expect(emu.pull(1).labels).toEqual(['net', 'rust']);
  });

  it.each([
    ['an existing name (any case)', { name: 'RUST' }, { code: 'already_exists', field: 'name' }],
    ['a name over 50 characters', { name: 'x'.repeat(51) }, { code: 'custom', field: 'name' }],
    ["a colour with '#'", { name: 'net', color: '#00ff00' }, { code: 'invalid', field: 'color' }],
    [
      'a description over 100 characters',
      { name: 'net', description: 'd'.repeat(101) },
      { code: 'custom', field: 'description' },
    ],
  ])('refuses to create a label with %s (422 Validation Failed)', async (_what, body, error) => {
    const { status, json } = await call(emu, 'POST', `${REPO}/labels`, body);
    expect(status).toBe(422);
    expect(json).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Label', ...error }] });
    expect(emu.labels().map((l) => l.name)).toEqual(['rust']);
  });

  it('creates a label with its colour and description, and reads it back by name', async () => {
    const created = await call(emu, 'POST', `${REPO}/labels`, {
      name: 'rust: hold',
      color: 'B60205',
      description: 'Held',
    });
    const read = await call(emu, 'GET', `${REPO}/labels/rust%3A%20hold`);
    expect(created.status).toBe(201);
    expect(read.json).toMatchObject({ name: 'rust: hold', color: 'b60205', description: 'Held', default: false });
  });

  it('answers 404 with "Label does not exist" when removing a label the pull request lacks', async () => {
    emu.addLabel({ name: 'net' });
    const { status, json } = await call(emu, 'DELETE', `${REPO}/issues/1/labels/net`);
    expect([status, json.message]).toEqual([404, 'Label does not exist']);
  });

  it('removes a label named with URL-encoded characters', async () => {
    await call(emu, 'POST', `${REPO}/issues/1/labels`, { labels: ['rust/net hold'] });
    const { status, json } = await call(
      emu,
      'DELETE',
      `${REPO}/issues/1/labels/${encodeURIComponent('rust/net hold')}`,
    );
    expect(status).toBe(200);
    expect(json.map((l: { name: string }) => l.name)).toEqual(['rust']);
  });

  it('refuses label names over 50 characters and more than 100 labels on a pull request, changing nothing', async () => {
    const long = await call(emu, 'POST', `${REPO}/issues/1/labels`, { labels: ['ok', 'y'.repeat(51)] });
    const many = await call(emu, 'POST', `${REPO}/issues/1/labels`, {
      labels: Array.from({ length: 100 }, (_, i) => `l${i}`),
    });
    expect([long.status, many.status]).toEqual([422, 422]);
    expect(emu.pull(1).labels).toEqual(['rust']);
  });

  it('replaces the labels with PUT', async () => {
    const { json } = await call(emu, 'PUT', `${REPO}/issues/1/labels`, { labels: ['net'] });
    expect(json.map((l: { name: string }) => l.name)).toEqual(['net']);
  });
});

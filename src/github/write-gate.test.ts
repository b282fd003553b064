import { WriteGate } from './write-gate.js';

/** What Octokit throws for an HTTP error: status, and GitHub's JSON answer. */
function httpError(status: number, message: string) {
  return Object.assign(new Error(message), { status, response: { headers: {}, data: { message } } });
}

function gate(dryRun: boolean) {
  const log = { warnings: [] as string[], infos: [] as string[] };
  const writeGate = new WriteGate({ dryRun, warn: (m) => log.warnings.push(m), info: (m) => log.infos.push(m) });
  return { writeGate, log };
}

describe('WriteGate', () => {
  it('runs writes and hands back their result', async () => {
    const { writeGate } = gate(false);
    expect(await writeGate.write('add labels', async () => 'done')).toBe('done');
    expect(writeGate.skipped).toEqual([]);
  });

  it('writes nothing on a dry run, and says what it would have done', async () => {
    const { writeGate, log } = gate(true);
    let wrote = false;
    expect(await writeGate.write('add labels rust to #3', async () => (wrote = true))).toBeUndefined();
    expect(wrote).toBe(false);
    expect(log.infos).toEqual(['dry-run: would add labels rust to #3']);
    expect(writeGate.skipped).toEqual(['add labels rust to #3']);
  });

  it('turns the first 403 into one warning and skips every later write', async () => {
    const { writeGate, log } = gate(false);
    const refused = await writeGate.write('add labels', async () => {
      throw httpError(403, 'Resource not accessible by integration');
    });
    let wrote = false;
    await writeGate.write('comment on #3', async () => (wrote = true));

    expect(refused).toBeUndefined();
    expect(wrote).toBe(false);
    expect(writeGate.readOnly).toBe(true);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(
      /^The token cannot write to this repository \(HTTP 403: Resource not accessible by integration\)/,
    );
    expect(writeGate.skipped).toEqual(['add labels', 'comment on #3']);
  });

  it('does not take a 403 of another kind for a read-only token: it is an error, named', async () => {
    const { writeGate } = gate(false);
    const failing = writeGate.write('set the status', async () => {
      throw httpError(403, 'Must have admin rights to Repository.');
    });
    await expect(failing).rejects.toThrow('Could not set the status: HTTP 403 Must have admin rights to Repository.');
    expect(writeGate.readOnly).toBe(false);
  });

  it('rethrows any other failure naming what was attempted', async () => {
    const { writeGate } = gate(false);
    const failing = writeGate.write('add labels to #3', async () => {
      throw httpError(500, 'Server Error');
    });
    await expect(failing).rejects.toThrow('Could not add labels to #3: HTTP 500 Server Error');
  });
});

describe('WriteGate: the check before the first write', () => {
  it('runs it once, before the first write only', async () => {
    let checks = 0;
    const writeGate = new WriteGate({
      dryRun: false,
      warn: () => undefined,
      info: () => undefined,
      beforeFirstWrite: async () => {
        checks++;
        return null;
      },
    });
    expect(checks).toBe(0);
    await writeGate.write('add labels', async () => 1);
    await writeGate.write('comment', async () => 2);
    expect(checks).toBe(1);
  });

  it('writes nothing at all once it says the run is superseded, and warns once', async () => {
    const warnings: string[] = [];
    const writeGate = new WriteGate({
      dryRun: false,
      warn: (m) => warnings.push(m),
      info: () => undefined,
      beforeFirstWrite: async () => 'The head moved.',
    });
    let wrote = false;
    expect(await writeGate.write('add labels', async () => (wrote = true))).toBeUndefined();
    expect(await writeGate.write('comment', async () => (wrote = true))).toBeUndefined();
    expect(wrote).toBe(false);
    expect(writeGate.superseded).toBe('The head moved.');
    expect(writeGate.skipped).toEqual(['add labels', 'comment']);
    expect(warnings).toEqual(['The head moved.']);
  });

  it('is not run on a dry run', async () => {
    let checks = 0;
    const writeGate = new WriteGate({
      dryRun: true,
      warn: () => undefined,
      info: () => undefined,
      beforeFirstWrite: async () => String(++checks),
    });
    await writeGate.write('add labels', async () => 1);
    expect(checks).toBe(0);
  });
});

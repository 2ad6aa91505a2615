import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alreadyChecked, checkedDatasets, checkedGlossary, projectCheckIntegration, watchContent } from '../../../src/integrations/projectCheckIntegration.ts';
import { checkedFingerprintVariable, checkFingerprint, checkingParentVariable, markChecking, recordPassed } from '../../../src/lib/check/checkCache.ts';
import { checkProject } from '../../../src/lib/check/checkProject.ts';
import { fixtureProject, type FixtureProject } from '../../support/fixtureProject.ts';

/** Vite's dev server as far as the integration uses it: a file watcher and the socket to the browser. */
function fakeServer() {
  const sent: { type: string; err?: { message: string; plugin: string } }[] = [];
  const listeners: (() => void)[] = [];
  const server = {
    watcher: new EventEmitter(),
    ws: { send: (payload: (typeof sent)[number]) => sent.push(payload), on: (_event: string, listener: () => void) => listeners.push(listener) },
  };
  return { server, sent, connect: () => listeners.forEach((l) => l()) };
}

const logger = () => ({ error: vi.fn(), info: vi.fn() });

describe('npm run dev re-checks the content as it changes', () => {
  let project: FixtureProject | undefined;
  afterEach(() => project?.remove());

  it('reports a wrong quote in the terminal and the overlay, then clears it when fixed', async () => {
    project = fixtureProject();
    const { server, sent, connect } = fakeServer();
    const log = logger();
    watchContent(project.dir, server as never, log);
    expect(sent).toEqual([]);

    const file = 'data/xiakehui-hongyuan.json';
    project.edit(file, (t) => t.replace('单场GMV破百万', '单场GMV破千万'));
    server.watcher.emit('change', join(project.dir, file));
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 5000 });
    expect(sent[0]).toMatchObject({ type: 'error', err: { plugin: 'belt-casebook:check', message: expect.stringMatching(/data\/xiakehui-hongyuan\.json:\d+:\d+ › entries\[0\]\.source\.quote：引文在/) } });
    expect(log.error.mock.calls[0]![0]).toMatch(/共 1 个问题/);

    // A page opened later gets the overlay too.
    vi.useFakeTimers();
    connect();
    vi.advanceTimersByTime(500);
    vi.useRealTimers();
    expect(sent).toHaveLength(2);

    project.edit(file, (t) => t.replace('单场GMV破千万', '单场GMV破百万'));
    server.watcher.emit('change', join(project.dir, file));
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: 'full-reload' }), { timeout: 5000 });
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('内容检查通过'));
  });

  it('ignores files outside content/ and data/', async () => {
    project = fixtureProject();
    const { server, sent } = fakeServer();
    watchContent(project.dir, server as never, logger());
    project.edit('data/xiakehui-hongyuan.json', (t) => t.replace('单场GMV破百万', '单场GMV破千万'));
    server.watcher.emit('change', join(project.dir, 'src/content.ts'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent).toEqual([]);
  });
});

describe('astro build checks only what npm run build has not', () => {
  let project: FixtureProject | undefined;
  afterEach(() => {
    project?.remove();
    vi.unstubAllEnvs();
  });

  /** Runs the integration's config hook as `astro <command>` would, in the project. */
  const setup = (dir: string, command: 'build' | 'dev') => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const hook = projectCheckIntegration().hooks['astro:config:setup']!;
    const run = () => hook({ config: { root: pathToFileURL(`${dir}/`) }, command, logger: log } as never);
    return { run, log };
  };
  const reused = (log: { info: ReturnType<typeof vi.fn> }) => log.info.mock.calls.some(([m]) => /content check already done/.test(String(m)));

  it('reads the data the remark plugins use, without the check, when the fingerprint handed over is the one that passed', () => {
    project = fixtureProject();
    const fingerprint = checkFingerprint(project.dir);
    recordPassed(project.dir, fingerprint);
    vi.stubEnv(checkedFingerprintVariable, fingerprint);
    const { run, log } = setup(project.dir, 'build');
    run();
    expect(reused(log)).toBe(true);
    const check = checkProject(project.dir);
    expect([...checkedDatasets(project.dir).entries()]).toEqual([...check.content.datasets.entries()]);
    expect(checkedGlossary(project.dir)).toEqual(check.glossary);
  });

  it('checks in full when the content changed after the check (a stale fingerprint) and stops on the problem', () => {
    project = fixtureProject();
    const fingerprint = checkFingerprint(project.dir);
    recordPassed(project.dir, fingerprint);
    project.edit('data/xiakehui-hongyuan.json', (t) => t.replace('单场GMV破百万', '单场GMV破千万'));
    vi.stubEnv(checkedFingerprintVariable, fingerprint);
    expect(alreadyChecked(project.dir)).toBeUndefined();
    const { run, log } = setup(project.dir, 'build');
    expect(run).toThrow(/data\/xiakehui-hongyuan\.json:\d+:\d+ › entries\[0\]\.source\.quote：引文在/);
    expect(reused(log)).toBe(false);
  });

  it('checks in full when the fingerprint handed over was never recorded as passed (set by hand)', () => {
    project = fixtureProject();
    project.edit('data/xiakehui-hongyuan.json', (t) => t.replace('单场GMV破百万', '单场GMV破千万'));
    vi.stubEnv(checkedFingerprintVariable, checkFingerprint(project.dir));
    expect(alreadyChecked(project.dir)).toBeUndefined();
    expect(setup(project.dir, 'build').run).toThrow(/xiakehui-hongyuan\.json/);
  });

  it('trusts a check that npm run build is running alongside it only while that build has marked it (markChecking)', () => {
    project = fixtureProject();
    project.edit('data/xiakehui-hongyuan.json', (t) => t.replace('单场GMV破百万', '单场GMV破千万'));
    const fingerprint = checkFingerprint(project.dir);
    vi.stubEnv(checkedFingerprintVariable, fingerprint);
    vi.stubEnv(checkingParentVariable, '4242');
    // Named by hand, with no mark: a full check, which finds the problem.
    expect(alreadyChecked(project.dir)).toBeUndefined();
    const unmark = markChecking(project.dir, fingerprint, 4242);
    // Marked by the build that checks (and would stop Astro on this problem): read, not checked again.
    expect(alreadyChecked(project.dir)).toBeDefined();
    // Another process's mark, or the mark gone once the check ended, is not enough.
    vi.stubEnv(checkingParentVariable, '4343');
    expect(alreadyChecked(project.dir)).toBeUndefined();
    vi.stubEnv(checkingParentVariable, '4242');
    unmark();
    expect(alreadyChecked(project.dir)).toBeUndefined();
  });

  it('always checks in full without the variable, and in astro dev', () => {
    project = fixtureProject();
    const fingerprint = checkFingerprint(project.dir);
    recordPassed(project.dir, fingerprint);
    expect(alreadyChecked(project.dir, {})).toBeUndefined();
    vi.stubEnv(checkedFingerprintVariable, fingerprint);
    const dev = setup(project.dir, 'dev');
    dev.run();
    expect(reused(dev.log)).toBe(false);
  });
});

describe('the checked data is shared by every instance of the integration module', () => {
  it('a second instance (as Astro loads the content config) reads what the first read, without checking again', async () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const first = checkedDatasets(root);
    // Astro imports astro.config.mjs and src/content.config.ts as separate module instances.
    const other = (await import('../../../src/integrations/projectCheckIntegration.ts?second-instance' as string)) as typeof import('../../../src/integrations/projectCheckIntegration.ts');
    expect(other.checkedDatasets).not.toBe(checkedDatasets);
    expect(other.checkedDatasets(root)).toBe(first);
    expect(other.checkedGlossary(root)).toBe(checkedGlossary(root));
  });
});

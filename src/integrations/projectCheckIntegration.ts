import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetIndex } from '../lib/content/datasetIndex.ts';
import type { GlossaryTerm } from '../schemas/glossaryTerm.ts';
import { checkedFingerprintVariable, checkFingerprint, checkingInParent, passedBefore } from '../lib/check/checkCache.ts';
import { ContentError, formatProblems } from '../lib/check/contentProblem.ts';
import { checkProject } from '../lib/check/checkProject.ts';
import { readCheckedData, type CheckedData } from '../lib/check/readCheckedData.ts';
import { timed } from '../lib/timing/buildTimings.ts';
import { heldCheck, holdCheck, type Checked } from './checkedData.ts';

/** The check of the project at `root`: the one held (checkedData.ts), or a full check, then held. */
export function check(root: string): Checked {
  const held = heldCheck(root);
  if (held) return held;
  const { problems, content, glossary } = timed('content check (astro)', () => checkProject(root));
  const checked = { root, problems, data: { datasets: content.datasets, glossary } };
  holdCheck(checked);
  return checked;
}

/** The datasets of the project at `root` that passed the check, read once per build (and again after each edit in dev). */
export function checkedDatasets(root: string): DatasetIndex {
  return check(root).data.datasets;
}

/** The glossary terms of the project at `root`, from the same single read. */
export function checkedGlossary(root: string): GlossaryTerm[] {
  return check(root).data.glossary;
}

/**
 * The remark plugins' data without a second check, when `npm run build`
 * (src/cli/build.ts) has just checked this very content: it names the
 * fingerprint it checked in BELT_CHECKED_FINGERPRINT, and that fingerprint
 * must be the project's as it is now and be recorded as passed
 * (src/lib/check/checkCache.ts), or be marked as being checked right now by
 * the `npm run build` that started this Astro (BELT_CHECKING_PARENT: it
 * stops this build if its check fails). Anything else (no variable, a stale
 * or hand-set one, content that does not read) is undefined: check in full.
 */
export function alreadyChecked(root: string, env: NodeJS.ProcessEnv = process.env): CheckedData | undefined {
  const claimed = env[checkedFingerprintVariable];
  if (!claimed) return undefined;
  const fingerprint = timed('check fingerprint', () => checkFingerprint(root, { env }));
  if (fingerprint !== claimed || !(passedBefore(root, fingerprint) || checkingInParent(root, fingerprint, env))) return undefined;
  return timed('checked data read (astro)', () => readCheckedData(root));
}

const plugin = 'belt-casebook:check';

/** Vite's dev server, as Astro hands it to integrations. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Whether a changed file is the editors' (content/, data/), so the check must run again. */
const isContent = (root: string, path: string) => /^(content|data)[\\/]/.test(relative(root, path));

/**
 * In `astro dev`: runs the project check at start and again whenever a file
 * under content/ or data/ changes, and shows the problems in the terminal
 * and in the browser's error overlay (sent again to every page that
 * connects while they last), so a typed number or a wrong quote does not
 * render silently.
 */
export function watchContent(root: string, server: DevServer, logger: { error(m: string): void; info(m: string): void }): void {
  let current = '';
  const overlay = () => {
    if (current) server.ws.send({ type: 'error', err: { message: current, stack: '', plugin } });
  };
  const rerun = () => {
    holdCheck(undefined);
    const { problems } = check(root);
    const text = problems.length ? formatProblems(problems) : '';
    if (text === current) return;
    current = text;
    if (text) {
      logger.error(`\n${text}`);
      overlay();
    } else {
      logger.info('✓ 内容检查通过 / content OK');
      server.ws.send({ type: 'full-reload' });
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (path: string) => {
    if (!isContent(root, path)) return;
    clearTimeout(timer);
    timer = setTimeout(rerun, 150);
  };
  server.watcher.on('add', schedule);
  server.watcher.on('change', schedule);
  server.watcher.on('unlink', schedule);
  // A page opened after the problem was found gets the overlay too, once its client is listening.
  server.ws.on('connection', () => setTimeout(overlay, 300));
  rerun();
}

/**
 * Runs the project check before Astro writes anything, so bad content
 * fails the build with every problem (file:line › field：message) and
 * leaves no half-written output; in dev, keeps checking as files change.
 * Under `npm run build`, which has checked the same content a moment
 * before, only reads the data the remark plugins use (`alreadyChecked`).
 */
export function projectCheckIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'belt-casebook:project-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        holdCheck(undefined);
        const data = command === 'build' ? alreadyChecked(root) : undefined;
        if (data) {
          holdCheck({ root, problems: [], data });
          logger.info('内容检查刚由 npm run build 完成，不再重复 / content check already done by npm run build (same fingerprint)');
          return;
        }
        const { problems } = check(root);
        // BELT_UNCHECKED_BUILD lets the parity test (tests/site/parity.test.ts)
        // see what Astro itself rejects; never set it for a real build.
        if (problems.length > 0 && command === 'build' && !process.env.BELT_UNCHECKED_BUILD) throw new ContentError(problems);
      },
      'astro:server:setup': ({ server, logger }) => watchContent(root, server, logger),
    },
  };
}

import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetIndex } from '../lib/content/datasetIndex.ts';
import type { GlossaryTerm } from '../schemas/glossaryTerm.ts';
import { ContentError, formatProblems } from '../lib/check/contentProblem.ts';
import { checkProject, type ProjectCheck } from '../lib/check/checkProject.ts';

let cached: { root: string; check: ProjectCheck } | undefined;

function check(root: string): ProjectCheck {
  if (cached?.root !== root) cached = { root, check: checkProject(root) };
  return cached.check;
}

/** The datasets of the project at `root` that passed the check, read once per build (and again after each edit in dev). */
export function checkedDatasets(root: string): DatasetIndex {
  return check(root).content.datasets;
}

/** The glossary terms of the project at `root`, from the same single read. */
export function checkedGlossary(root: string): GlossaryTerm[] {
  return check(root).glossary;
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
    cached = undefined;
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
 */
export function projectCheckIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'belt-casebook:project-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        cached = undefined;
        const { problems } = check(root);
        // BELT_UNCHECKED_BUILD lets the parity test (tests/build/parity.test.ts)
        // see what Astro itself rejects; never set it for a real build.
        if (problems.length > 0 && command === 'build' && !process.env.BELT_UNCHECKED_BUILD) throw new ContentError(problems);
      },
      'astro:server:setup': ({ server, logger }) => watchContent(root, server, logger),
    },
  };
}

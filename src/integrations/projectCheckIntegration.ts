import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { DatasetIndex } from '../lib/content/datasetIndex.ts';
import type { GlossaryTerm } from '../schemas/glossaryTerm.ts';
import { ContentError } from '../lib/check/contentProblem.ts';
import { checkProject, type ProjectCheck } from '../lib/check/checkProject.ts';

let cached: { root: string; check: ProjectCheck } | undefined;

function check(root: string): ProjectCheck {
  if (cached?.root !== root) cached = { root, check: checkProject(root) };
  return cached.check;
}

/** The datasets of the project at `root` that passed the check, read once per build. */
export function checkedDatasets(root: string): DatasetIndex {
  return check(root).content.datasets;
}

/** The glossary terms of the project at `root`, from the same single read. */
export function checkedGlossary(root: string): GlossaryTerm[] {
  return check(root).glossary;
}

/**
 * Runs the project check before Astro writes anything, so bad content
 * fails the build with every problem (file › field: message) and leaves no
 * half-written output.
 */
export function projectCheckIntegration(): AstroIntegration {
  return {
    name: 'belt-casebook:project-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        const root = fileURLToPath(config.root);
        cached = undefined;
        const { problems } = check(root);
        if (problems.length > 0 && command === 'build') throw new ContentError(problems);
      },
    },
  };
}

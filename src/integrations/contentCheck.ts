import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { LoadedContent } from '../lib/content/loadContent.ts';
import type { GlossaryTerm } from '../schemas/glossaryTerm.ts';
import { ContentError } from '../lib/content/contentProblem.ts';
import { checkProject, type ProjectCheck } from '../lib/content/checkProject.ts';

let cached: { root: string; check: ProjectCheck } | undefined;

function check(root: string): ProjectCheck {
  if (cached?.root !== root) cached = { root, check: checkProject(root) };
  return cached.check;
}

/** The checked content of the project at `root`, read once per build. */
export function checkedContent(root: string): LoadedContent {
  return check(root).content;
}

/** The glossary terms of the project at `root`, from the same single read. */
export function checkedGlossary(root: string): GlossaryTerm[] {
  return check(root).glossary;
}

/**
 * Runs the content checker before Astro writes anything, so bad content
 * fails the build with every problem (file › field: message) and leaves no
 * half-written output.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'belt-casebook:content-check',
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

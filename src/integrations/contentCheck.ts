import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent, type LoadedContent } from '../lib/content/loadContent.ts';
import { ContentError } from '../lib/content/contentProblem.ts';
import { loadPracticeIds } from '../lib/content/loadPracticeIds.ts';

let cached: { root: string; content: LoadedContent } | undefined;

/** The checked content of the project at `root`, read once per build. */
export function checkedContent(root: string): LoadedContent {
  if (cached?.root !== root) cached = { root, content: loadContent(root, { practiceIds: loadPracticeIds(root) }) };
  return cached.content;
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
        const content = checkedContent(root);
        if (content.problems.length > 0 && command === 'build') throw new ContentError(content.problems);
      },
    },
  };
}

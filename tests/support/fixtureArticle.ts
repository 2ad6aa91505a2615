import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { FixtureProject } from './fixtureProject.ts';

/** The invented second article (see its README): a source, provider, belt, case and datasets. */
export const fixtureArticleDir = join(import.meta.dirname, '..', 'fixtures', 'article');

/** Files of the fixture article, as paths inside a project (`content/cases/…`), README left out. */
export function fixtureArticleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full !== join(fixtureArticleDir, 'README.md')) out.push(relative(fixtureArticleDir, full).split('\\').join('/'));
    }
  };
  walk(fixtureArticleDir);
  return out;
}

/**
 * Adds the fixture article to a project copy the way an editor would: its
 * files copied in, its vocabulary items appended to the project's lists.
 */
export function addFixtureArticle(project: FixtureProject): void {
  for (const file of fixtureArticleFiles()) {
    const from = join(fixtureArticleDir, file);
    const to = join(project.dir, file);
    mkdirSync(dirname(to), { recursive: true });
    if (file.startsWith('content/vocabularies/')) appendFileSync(to, `\n${readFileSync(from, 'utf8')}`);
    else copyFileSync(from, to);
  }
}


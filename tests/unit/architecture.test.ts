/**
 * The layering of src/ (issue "a house that is easy to live in"): pure logic in
 * src/lib never reaches Astro's virtual modules, and no two folders of src/lib
 * import each other, directly or round a longer loop.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const lib = join(root, 'src', 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|mts)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : [],
  );
}

const importPattern = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((m) => (m[1] ?? m[2])!);
}

/** The folder of src/lib a file belongs to ('' for files directly in src/lib). */
const folderOf = (file: string) => {
  const parts = relative(lib, file).split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : '';
};

describe('src/lib layering', () => {
  const files = sourceFiles(lib);

  it('finds the library files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports nothing from astro:* and nothing from outside src/lib but schemas', () => {
    const offenders: string[] = [];
    for (const file of files)
      for (const spec of importsOf(file)) {
        if (spec.startsWith('astro:')) offenders.push(`${relative(root, file)} imports ${spec}`);
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          const inside = relative(join(root, 'src'), target).split(/[\\/]/)[0];
          if (!target.startsWith(lib) && inside !== 'schemas') offenders.push(`${relative(root, file)} imports ${relative(root, target)}`);
        }
      }
    expect(offenders).toEqual([]);
  });

  it('has no import loop between its folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files)
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(lib)) continue;
        const from = folderOf(file);
        const to = folderOf(target);
        if (from === to || from === '' || to === '') continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    const loops: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of edges.get(node) ?? []) {
        if (path.includes(next)) loops.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const start of edges.keys()) visit(start, [start]);
    expect(loops).toEqual([]);
  });
});

import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AheadStoreReader, AheadStoreWriter, aheadStoreHeader } from '../../../src/lib/ahead/aheadStore.ts';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ahead-store-'));
  dirs.push(dir);
  return join(dir, 'sub', 'store.jsonl');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the drawn-ahead store', () => {
  it('gives back every value put under its key, and nothing for a key never put', () => {
    const file = tempFile();
    const writer = new AheadStoreWriter(file);
    const values = { a: { markup: '<svg>\n<text>增长 “52%”\t</text></svg>', n: 1.5, list: [1, null, 'x'] }, b: 'plain', c: 0 };
    for (const [key, value] of Object.entries(values)) writer.put(key, value);
    writer.end();
    const reader = new AheadStoreReader(file);
    for (const [key, value] of Object.entries(values)) expect(reader.get(key)).toEqual(value);
    expect(reader.get('missing')).toBeUndefined();
    expect(reader.ended).toBe(true);
    expect(writer.count).toBe(3);
  });

  it('is read while it is written: a key put after the reader first looked is found later, a half-written line is not', () => {
    const file = tempFile();
    const reader = new AheadStoreReader(file);
    expect(reader.get('x')).toBeUndefined(); // no file yet
    const writer = new AheadStoreWriter(file);
    writer.put('x', { v: 1 });
    expect(reader.get('x')).toEqual({ v: 1 });
    expect(reader.get('y')).toBeUndefined();
    // A record the writer is half-way through is not read until its line is whole.
    appendFileSync(file, 'y\t{"v":');
    expect(reader.get('y')).toBeUndefined();
    appendFileSync(file, '2}\n');
    expect(reader.get('y')).toEqual({ v: 2 });
    expect(reader.ended).toBe(false);
    writer.end();
    expect(reader.get('z')).toBeUndefined();
    expect(reader.ended).toBe(true);
  });

  it('reads records longer than the chunk it reads at a time', () => {
    const file = tempFile();
    const writer = new AheadStoreWriter(file);
    const long = 'й'.repeat(3 << 20); // 6 MB of UTF-8
    writer.put('long', long);
    writer.put('after', 'short');
    writer.end();
    const reader = new AheadStoreReader(file);
    expect(reader.get('after')).toBe('short');
    expect(reader.get('long')).toBe(long);
  });

  it('holds nothing when the file is not a store in this format', () => {
    const file = tempFile();
    new AheadStoreWriter(file).end();
    writeFileSync(file, `not ${aheadStoreHeader}\nx\t1\n`);
    expect(new AheadStoreReader(file).get('x')).toBeUndefined();
  });

  it('refuses keys that would break a line, and records after the end', () => {
    const writer = new AheadStoreWriter(tempFile());
    expect(() => writer.put('a\tb', 1)).toThrow(/tab or line break/);
    expect(() => writer.put('a\nb', 1)).toThrow(/tab or line break/);
    writer.end();
    expect(() => writer.put('c', 1)).toThrow(/already ended/);
  });
});

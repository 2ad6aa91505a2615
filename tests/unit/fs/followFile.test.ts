import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { followFile } from '../../../src/lib/fs/followFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'follow-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('followFile', () => {
  it('hands over what another writer appends, each byte once and in order, and the rest when closed', () => {
    const file = join(dir, 'out.log');
    writeFileSync(file, '');
    const seen: string[] = [];
    const followed = followFile(file, (bytes) => seen.push(bytes.toString('utf8')));
    expect(followed.read()).toBe(0);
    appendFileSync(file, '构建开始\n');
    expect(followed.read()).toBe(Buffer.byteLength('构建开始\n'));
    expect(followed.read()).toBe(0);
    appendFileSync(file, 'page 1\npage 2\n');
    appendFileSync(file, 'done\n');
    followed.close();
    expect(seen.join('')).toBe('构建开始\npage 1\npage 2\ndone\n');
    // Closed: nothing more is read.
    appendFileSync(file, 'late\n');
    expect(followed.read()).toBe(0);
    expect(seen.join('')).not.toContain('late');
  });
});

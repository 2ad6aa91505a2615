import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A file another process writes, read as it grows (`followFile`). */
export interface FollowedFile {
  /** Hands `onBytes` whatever was appended since the last read; returns how many bytes that was. */
  read(): number;
  /** Reads what is left, then closes the file. */
  close(): void;
}

/**
 * Follows a file that another process appends to (a child's standard output
 * redirected to a file): each `read()` hands over the bytes written since the
 * last, as they were written, so a reader can pass them on. `npm run build`
 * gives Astro files for its output instead of pipes: a write to a file costs
 * the writer a few microseconds, while each of the thousands of log lines
 * Astro writes into a pipe woke this process, on a machine whose two cores
 * both render (src/cli/build.ts).
 */
export function followFile(path: string, onBytes: (bytes: Buffer) => void): FollowedFile {
  const fd = openSync(path, 'r');
  let offset = 0;
  let closed = false;
  const read = (): number => {
    if (closed) return 0;
    const size = fstatSync(fd).size;
    if (size <= offset) return 0;
    const bytes = Buffer.allocUnsafe(size - offset);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    offset += got;
    if (got > 0) onBytes(bytes.subarray(0, got));
    return got;
  };
  return {
    read,
    close() {
      if (closed) return;
      while (read() > 0);
      closed = true;
      closeSync(fd);
    },
  };
}

import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Work drawn ahead: a file of JSON records, each under a key, that one
 * process appends while another reads it. `npm run build` (src/cli/build.ts)
 * draws the cases' charts and QR codes into it on its otherwise idle core
 * while Astro starts, syncs the content and bundles (src/lib/ahead/drawAhead.ts);
 * the pages take what is there when they render and draw the rest themselves
 * (src/lib/ahead/drawnAhead.ts). A key names every input of what it holds
 * (src/lib/ahead/aheadKeys.ts), so a record can only stand for the very
 * drawing the page would make.
 *
 * The file is text: a header line, then one line per record,
 * `<key>\t<JSON>\n`, then `#end` when the writer is done. A reader only ever
 * reads whole lines, so it may read while the file grows.
 */

/** The header line of a store in this format. */
export const aheadStoreHeader = 'belt-casebook drawn-ahead store 1';
const endLine = '#end';

/** The environment variable that names the store to Astro's pages. */
export const aheadStoreVariable = 'BELT_AHEAD_STORE';

/** Appends records to a new store file (any file at the path is replaced). */
export class AheadStoreWriter {
  readonly #fd: number;
  #ended = false;
  /** Records written so far. */
  count = 0;
  readonly file: string;

  constructor(file: string) {
    this.file = file;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${aheadStoreHeader}\n`);
    // Appending: every record goes at the end of the file, whatever else wrote there.
    this.#fd = openSync(file, 'a');
  }

  /** Adds a record. A key is a string without tabs or line breaks; the value anything JSON can hold. */
  put(key: string, value: unknown): void {
    if (this.#ended) throw new Error(`the drawn-ahead store ${this.file} is already ended`);
    if (/[\t\n\r]/.test(key)) throw new Error(`a drawn-ahead key holds no tab or line break: ${JSON.stringify(key)}`);
    // JSON escapes every line break inside strings: a record is one line.
    writeSync(this.#fd, `${key}\t${JSON.stringify(value)}\n`);
    this.count++;
  }

  /** Marks the store complete (readers stop looking for more) and closes it. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    writeSync(this.#fd, `${endLine}\n`);
    closeSync(this.#fd);
  }

}

/** How much of the file one read takes while looking for new records. */
const chunkBytes = 4 << 20;

/**
 * Reads a store while it may still be written. `get` looks a key up among the
 * records read so far and, when it is not there and the writer has not ended,
 * reads what has been appended since: a missing key costs one file-size check
 * once everything is read. A file that is not (yet) there, or not a store in
 * this format, holds nothing.
 */
export class AheadStoreReader {
  #fd: number | undefined;
  /** Bytes read so far: always the end of a whole line. */
  #scanned = 0;
  /** Key → [offset, length] of its JSON. */
  readonly #records = new Map<string, [number, number]>();
  #ended = false;
  #invalid = false;
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** The value stored under `key`, or undefined when the store does not (yet) hold it. */
  get(key: string): unknown {
    let at = this.#records.get(key);
    if (!at && !this.#ended && !this.#invalid) {
      this.#scan();
      at = this.#records.get(key);
    }
    if (!at || this.#fd === undefined) return undefined;
    const buffer = Buffer.allocUnsafe(at[1]);
    readSync(this.#fd, buffer, 0, at[1], at[0]);
    return JSON.parse(buffer.toString('utf8')) as unknown;
  }

  /** Whether the writer has marked the store complete (as far as it has been read). */
  get ended(): boolean {
    return this.#ended;
  }


  #scan(): void {
    if (this.#fd === undefined) {
      if (!existsSync(this.file)) return;
      this.#fd = openSync(this.file, 'r');
    }
    const size = fstatSync(this.#fd).size;
    while (this.#scanned < size && !this.#ended && !this.#invalid) {
      const length = Math.min(chunkBytes, size - this.#scanned);
      const buffer = Buffer.allocUnsafe(length);
      const read = readSync(this.#fd, buffer, 0, length, this.#scanned);
      let start = 0;
      for (let newline = buffer.indexOf(10, 0); newline >= 0 && newline < read; newline = buffer.indexOf(10, start)) {
        const offset = this.#scanned + start;
        if (offset === 0) {
          if (buffer.toString('utf8', 0, newline) !== aheadStoreHeader) {
            this.#invalid = true;
            return;
          }
        } else if (newline - start === endLine.length && buffer.toString('utf8', start, newline) === endLine) {
          this.#ended = true;
        } else {
          const tab = buffer.indexOf(9, start);
          if (tab < 0 || tab > newline) {
            this.#invalid = true;
            return;
          }
          this.#records.set(buffer.toString('utf8', start, tab), [this.#scanned + tab + 1, newline - tab - 1]);
        }
        start = newline + 1;
      }
      if (start === 0) {
        // No whole line in this chunk: a record longer than a chunk (or the writer is mid-line at the end).
        if (length === chunkBytes) this.#readLongLine(size);
        return;
      }
      this.#scanned += start;
    }
  }

  /** Reads one line longer than a chunk, when it is whole. */
  #readLongLine(size: number): void {
    const buffer = Buffer.allocUnsafe(size - this.#scanned);
    readSync(this.#fd!, buffer, 0, buffer.length, this.#scanned);
    const newline = buffer.indexOf(10);
    if (newline < 0) return;
    const tab = buffer.indexOf(9);
    if (this.#scanned === 0 || tab < 0 || tab > newline) {
      this.#invalid = true;
      return;
    }
    this.#records.set(buffer.toString('utf8', 0, tab), [this.#scanned + tab + 1, newline - tab - 1]);
    this.#scanned += newline + 1;
    this.#scan();
  }

}

import { join } from 'node:path';

/** The project root: tests read content/, data/ and src/ from here. */
export const root = join(import.meta.dirname, '..', '..');

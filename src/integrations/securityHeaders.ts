import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headersFile } from '../lib/security/contentSecurityPolicy.ts';

/** Writes `_headers` beside the site so the host serves the strict CSP the tests check. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'belt-casebook:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}

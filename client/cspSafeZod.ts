/**
 * Zod compiles fast parsers with `new Function` and probes for it when a schema is built. The
 * app's Content-Security-Policy forbids eval, and a strict CSP reports even a caught probe as a
 * violation, so zod runs without compiling here. Imported first by main.tsx: zod reads the
 * setting when each schema is constructed, i.e. when shared/schemas.ts is first evaluated.
 */
import { z } from 'zod';

z.config({ jitless: true });

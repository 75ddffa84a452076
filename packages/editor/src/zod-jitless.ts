/**
 * Imported first by the element: zod probes `new Function` on its first object parse to decide
 * whether to compile parsers, and a page with a strict Content-Security-Policy (no 'unsafe-eval')
 * reports that probe as a violation even though zod recovers. In jitless mode zod never probes.
 * This must run before any module parses with zod at load time, hence a module of its own.
 */
import { config } from "zod/mini";

config({ jitless: true });

/**
 * Keeps zod from probing for `eval` (its JIT compiles validators with `new Function`): under the
 * strict Content-Security-Policy the studio supports (`default-src 'self'`, no 'unsafe-eval') that
 * probe is refused and reported as a violation. Imported first by the page and by the worker.
 */
import { config } from "zod";

config({ jitless: true });

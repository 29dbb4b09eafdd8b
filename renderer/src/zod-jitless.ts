import { z } from 'zod';

/**
 * zod probes for `new Function` when it builds an object schema, to compile fast parsers. Our CSP
 * forbids eval, so that probe shows up as a `securitypolicyviolation` on every start. jitless skips
 * the probe; it must run before any schema is built, hence its own module imported first.
 */
z.config({ jitless: true });

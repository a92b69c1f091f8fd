import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Which proxies may tell the client's address in `X-Forwarded-For`: none (`false`), the nearest
 * `n` hops, or the proxies at these addresses/ranges (as Fastify's `trustProxy` takes them).
 */
export type TrustProxy = false | number | string[];

/** Names that proxy-addr (behind Fastify's `trustProxy`) expands to address ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Whether `entry` is an IP address, an address with a CIDR prefix, or a named range. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: `off` (the default: the socket's address is the client's), a hop count such as
 * `1`, or a comma-separated list of proxy addresses and CIDR ranges. `true` is refused: trusting
 * every hop lets any client choose its address and slip past the login limits.
 */
export const trustProxySchema = z
  .string()
  .trim()
  .default('off')
  .transform((value, ctx): TrustProxy => {
    if (value === 'off') return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops >= 1 && hops <= 10) return hops;
    }
    const entries = value.split(',').map((e) => e.trim());
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (bad.length === 0 && !/^\d+$/.test(value)) return entries;
    ctx.addIssue({
      code: 'custom',
      message:
        'must be off, a hop count from 1 to 10, or comma-separated proxy addresses/CIDR ranges' +
        (bad.length > 0 && !/^\d+$/.test(value) ? ` (not an address: ${bad.join(', ')})` : ''),
    });
    return z.NEVER;
  });

/** The setting as Fastify's typed `trustProxy` option takes it (a hop count as a function). */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust; // what Fastify itself does with a number
}

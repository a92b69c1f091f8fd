import fastifyHelmet from '@fastify/helmet';
import type { Config } from '../config/config.js';
import type { HttpApp } from './context.js';

/**
 * The Content-Security-Policy of the UI and the API. The built UI loads only its own bundled
 * scripts and style sheets (web/index.html has no inline script), so scripts and `<style>` are
 * 'self' only. Style *attributes* are allowed: ECharts writes its tooltips as HTML with inline
 * `style="…"` (React's `style` props go through the CSSOM and need nothing). Images may be data:
 * or blob: URLs (chart exports, Swagger UI's icons); nothing may frame the pages.
 */
function contentSecurityPolicy(secure: boolean) {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'"],
      'style-src-attr': ["'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      // Over plain HTTP (no SECURE_COOKIES) upgrading would break every request.
      ...(secure ? { 'upgrade-insecure-requests': [] } : {}),
    },
  };
}

/**
 * Security headers on every response (helmet): the CSP above, `nosniff`, no framing, no
 * referrer, and HSTS only when the deployment says it is behind HTTPS (`SECURE_COOKIES=true`).
 */
export async function registerSecurityHeaders(
  app: HttpApp,
  config: Pick<Config, 'secureCookies'>,
): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: contentSecurityPolicy(config.secureCookies),
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.secureCookies
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Swagger UI's options: its page injects one `<style>` element at run time, so its own routes
 * (and only those) allow inline style sheets; scripts stay 'self' only.
 */
export const swaggerUiCsp = {
  transformStaticCSP: (header: string) =>
    header.replace(/style-src 'self'(?=;|$)/, "style-src 'self' 'unsafe-inline'"),
};

// CONTRACT STUB — the accounts helper replaces this file: it reads the session cookie and sets
// request.actor (Actor | null), and enforces CSRF on unsafe methods.
import type { AppContext, HttpApp } from '../http/context.js';

export function sessionHook(_app: HttpApp, _ctx: AppContext): void {}

// CONTRACT STUB — the accounts helper replaces this file.
import type { AreaRoutes } from '../http/context.js';

export const accountsRoutes: AreaRoutes = async () => {};

// CONTRACT STUB — the taxonomy helper replaces this file.
import type { AreaRoutes } from '../http/context.js';

export const taxonomyRoutes: AreaRoutes = async () => {};

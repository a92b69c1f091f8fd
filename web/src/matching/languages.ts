/**
 * The languages of the corridors the platform serves, offered by the matching filters; the API
 * takes any subtag.
 */
export const LANGUAGES = ['fr', 'en', 'ar', 'de', 'nl', 'it', 'es', 'pt', 'lt', 'wo'] as const;

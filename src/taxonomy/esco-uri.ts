const base = 'http://data.europa.eu/esco';

/** The id the API uses for an ESCO concept: the last segment of its URI (a UUID). */
export function conceptId(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** The ESCO URI of an occupation or skill, from its id or its full URI. */
export function conceptUri(kind: 'occupation' | 'skill', idOrUri: string): string {
  return idOrUri.startsWith('http') ? idOrUri : `${base}/${kind}/${idOrUri}`;
}

/** Names of languages and countries in the UI language, from the browser's own tables. */
function displayName(type: 'language' | 'region', locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const languageName = (locale: string, tag: string) => displayName('language', locale, tag);
export const countryName = (locale: string, alpha2: string) =>
  displayName('region', locale, alpha2);

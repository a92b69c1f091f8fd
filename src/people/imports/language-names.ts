/** Common languages of the corridors: English name and ISO 639-2/3 code → BCP 47 tag. */
const LANGUAGES: readonly [tag: string, name: string, iso3: string][] = [
  ['ar', 'arabic', 'ara'],
  ['bn', 'bengali', 'ben'],
  ['de', 'german', 'deu'],
  ['el', 'greek', 'ell'],
  ['en', 'english', 'eng'],
  ['es', 'spanish', 'spa'],
  ['fr', 'french', 'fra'],
  ['hi', 'hindi', 'hin'],
  ['it', 'italian', 'ita'],
  ['ja', 'japanese', 'jpn'],
  ['nl', 'dutch', 'nld'],
  ['pt', 'portuguese', 'por'],
  ['ru', 'russian', 'rus'],
  ['sw', 'swahili', 'swa'],
  ['tl', 'tagalog', 'tgl'],
  ['tr', 'turkish', 'tur'],
  ['uk', 'ukrainian', 'ukr'],
  ['ur', 'urdu', 'urd'],
  ['wo', 'wolof', 'wol'],
  ['yo', 'yoruba', 'yor'],
  ['ha', 'hausa', 'hau'],
  ['ig', 'igbo', 'ibo'],
  ['zh', 'chinese', 'zho'],
  ['pl', 'polish', 'pol'],
  ['ro', 'romanian', 'ron'],
  ['grc', 'ancient greek', 'grc'],
];

const byKey = new Map<string, string>();
for (const [tag, name, iso3] of LANGUAGES) {
  byKey.set(tag, tag);
  byKey.set(name, tag);
  byKey.set(iso3, tag);
}

/**
 * BCP 47 tag of a language given as a tag (`en`, `pt-BR`), an ISO 639 code (`ENG`), a
 * Publications Office URI (`…/language/POR`) or an English name; undefined when unknown.
 */
export function languageTagOf(text: string): string | undefined {
  const t = text.trim();
  if (/^[a-z]{2,3}-[A-Z]{2}$/.test(t)) return t;
  const key = t.slice(t.lastIndexOf('/') + 1).toLowerCase();
  return byKey.get(key);
}

import { normalizeLabel } from '../taxonomy/search/label-text.js';

/**
 * Light English stemming, enough to make "managing", "management" and "manage" meet, and
 * "programming" meet "program". Deliberately simpler than Porter: ESCO labels are short and a
 * wrong conflation costs more than a missed one.
 */
const SUFFIXES = [
  'isations',
  'isation',
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ities',
  'ity',
  'ness',
  'ings',
  'ing',
  'ers',
  'er',
  'ies',
  'ied',
  'es',
  'ed',
  'ly',
  'al',
  'ise',
  'at',
  'is',
  's',
  'e',
  'y',
] as const;

const KEEP_S = /(ss|us|is|ys)$/;

/** The word without its first removable suffix, or the word itself. */
function stripSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === 's' && KEEP_S.test(word)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length >= 4 || (stem.length === 3 && suffix.length > 1)) return stem;
  }
  return word;
}

/** The stem of a lower-case word. */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word.replace(/z/g, 's'); // organize ~ organise
  for (let round = 0; round < 3; round++) {
    const next = stripSuffix(w);
    if (next === w) break;
    w = next;
  }
  // programm(ing) ~ program
  if (/([^aeioulsz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Words that carry no skill meaning on their own (job-ad and label function words). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and or the of to in on for with by at from as into about over under per via ' +
    'is are be been being was were will would can could should may might must ' +
    'you your we our us they their them he she his her it its this that these those ' +
    'who whom which what when where how all any some such other others etc e g i ie ' +
    'not no nor also very more most well than then so if but do does did have has had ' +
    'using use used within across including include includes new good strong excellent ' +
    'ability able experience experienced knowledge understanding skills skill years year plus'
  ).split(' '),
);

/** A text as the stems of its words, in order, stop words left out. */
export function stemTokens(text: string): string[] {
  const normalized = normalizeLabel(text);
  if (normalized === '') return [];
  return normalized
    .split(' ')
    .filter((w) => !STOP_WORDS.has(w))
    .map(stemWord);
}

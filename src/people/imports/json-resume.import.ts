import type { ExperienceEntry } from '../candidates/candidate-profile.js';
import { addSkillsFrom, emptyDraft, type CandidateImport } from './candidate-draft.js';
import { ImportTrail, malformed, partialDate, yearsBetween } from './import-report.js';
import { fluencyLevel, type ImportVocabulary } from './import-vocabulary.js';

type Json = Record<string, unknown>;
const FORMAT = 'json_resume';
/** Sections of a résumé that a skills profile does not hold. */
const NOT_KEPT = ['awards', 'publications', 'interests', 'references', 'projects', 'meta'];

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string at a path, '' when absent; a non-string value is a malformed document. */
function text(obj: Json, key: string, path: string): string {
  const v = obj[key];
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw malformed(FORMAT, `${path}.${key}`, 'must be a string');
  return v.trim();
}

function list(obj: Json, key: string, path = key): Json[] {
  const v = obj[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw malformed(FORMAT, path, 'must be an array');
  return v.map((item, i) => {
    if (!isObject(item)) throw malformed(FORMAT, `${path}[${i}]`, 'must be an object');
    return item;
  });
}

/** A JSON Resume date (`2013`, `2013-09`, `2013-09-01`) at a path; '' is absent. */
function date(obj: Json, key: string, path: string): string | undefined {
  const v = text(obj, key, path);
  if (v === '') return undefined;
  const d = partialDate(v);
  if (!d)
    throw malformed(
      FORMAT,
      `${path}.${key}`,
      `is not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${v}"`,
    );
  return d;
}

function experienceOf(
  item: Json,
  path: string,
  formal: boolean,
  vocabulary: ImportVocabulary,
  trail: ImportTrail,
): ExperienceEntry | undefined {
  const title = text(item, 'position', path) || text(item, 'title', path);
  const employer =
    text(item, 'name', path) || text(item, 'company', path) || text(item, 'organization', path);
  const startDate = date(item, 'startDate', path);
  const endDate = date(item, 'endDate', path);
  if (!title && !employer) {
    trail.skip(path, 'has neither a position nor an employer');
    return undefined;
  }
  const occupation = title ? vocabulary.occupationIn(title) : undefined;
  if (title && !occupation)
    trail.skip(`${path}.position`, 'matches no ESCO occupation confidently');
  trail.map(path);
  return {
    title: title || employer,
    ...(occupation ? { occupationUri: occupation.uri } : {}),
    ...(employer ? { employer } : {}),
    formal,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(startDate && endDate ? { years: yearsBetween(startDate, endDate) } : {}),
    ...(text(item, 'summary', path)
      ? { description: text(item, 'summary', path).slice(0, 5000) }
      : {}),
  };
}

/** Imports a JSON Resume (v1, and the legacy 0.x field names) as a candidate draft. Pure. */
export function importJsonResume(document: unknown, vocabulary: ImportVocabulary): CandidateImport {
  if (!isObject(document)) throw malformed(FORMAT, '$', 'must be a JSON object');
  const trail = new ImportTrail(FORMAT);
  const draft = emptyDraft();
  const basics = isObject(document.basics) ? document.basics : {};
  if (document.basics !== undefined && !isObject(document.basics))
    throw malformed(FORMAT, 'basics', 'must be an object');
  const name = text(basics, 'name', 'basics');
  if (name) {
    draft.name = name;
    trail.map('basics.name');
  }
  const label = text(basics, 'label', 'basics');
  if (label) {
    draft.headline = label;
    trail.map('basics.label');
  }
  const location = isObject(basics.location) ? basics.location : {};
  const countryText = text(location, 'countryCode', 'basics.location');
  if (countryText) {
    const country = vocabulary.countryCode(countryText);
    if (country) {
      draft.residenceCountry = country;
      trail.map('basics.location.countryCode');
    } else trail.skip('basics.location.countryCode', `unknown country "${countryText}"`);
  }
  for (const key of ['email', 'phone', 'url', 'website', 'image', 'picture', 'profiles']) {
    if (basics[key])
      trail.skip(`basics.${key}`, 'contact details stay in the account, not the skills profile');
  }
  const summary = text(basics, 'summary', 'basics');
  if (summary && addSkillsFrom(draft, vocabulary, summary, 'basics.summary') > 0)
    trail.map('basics.summary');

  for (const [section, formal] of [
    ['work', true],
    ['volunteer', false],
  ] as const) {
    list(document, section).forEach((item, i) => {
      const path = `${section}[${i}]`;
      const entry = experienceOf(item, path, formal, vocabulary, trail);
      if (entry) draft.experience.push(entry);
      const highlights = Array.isArray(item.highlights)
        ? item.highlights.filter((h) => typeof h === 'string')
        : [];
      const found = addSkillsFrom(
        draft,
        vocabulary,
        [text(item, 'summary', path), ...highlights].join('. '),
        path,
      );
      if (found > 0) trail.map(`${path}.highlights`);
    });
  }
  list(document, 'education').forEach((item, i) => {
    const path = `education[${i}]`;
    const title = [text(item, 'studyType', path), text(item, 'area', path)]
      .filter(Boolean)
      .join(', ');
    const awardedOn = date(item, 'endDate', path);
    date(item, 'startDate', path);
    if (!title) return trail.skip(path, 'has no study type or area');
    const institution = text(item, 'institution', path);
    draft.qualifications.push({
      title,
      ...(institution ? { awardingBody: institution } : {}),
      ...(awardedOn ? { awardedOn } : {}),
    });
    trail.map(path);
  });
  list(document, 'certificates').forEach((item, i) => {
    const path = `certificates[${i}]`;
    const title = text(item, 'name', path);
    const awardedOn = date(item, 'date', path);
    if (!title) return trail.skip(path, 'has no name');
    const issuer = text(item, 'issuer', path);
    draft.qualifications.push({
      title,
      ...(issuer ? { awardingBody: issuer } : {}),
      ...(awardedOn ? { awardedOn } : {}),
    });
    trail.map(path);
  });
  list(document, 'skills').forEach((item, i) => {
    const path = `skills[${i}]`;
    const keywords = Array.isArray(item.keywords)
      ? item.keywords.filter((k): k is string => typeof k === 'string')
      : [];
    [text(item, 'name', path), ...keywords].forEach((word, j) => {
      if (!word) return;
      const where = j === 0 ? `${path}.name` : `${path}.keywords[${j - 1}]`;
      if (addSkillsFrom(draft, vocabulary, word, where) > 0) trail.map(where);
      else trail.skip(where, `"${word}" matches no ESCO skill confidently`);
    });
  });
  list(document, 'languages').forEach((item, i) => {
    const path = `languages[${i}]`;
    const languageName = text(item, 'language', path);
    const tag = languageName ? vocabulary.languageTag(languageName) : undefined;
    if (!tag) return trail.skip(`${path}.language`, `unknown language "${languageName}"`);
    const fluencyText = text(item, 'fluency', path) || text(item, 'level', path);
    const fluency = fluencyText ? fluencyLevel(fluencyText) : undefined;
    if (fluencyText && !fluency)
      trail.skip(`${path}.fluency`, `no CEFR level for "${fluencyText}"`);
    const level = fluency?.level;
    draft.languages.push({
      tag,
      native: fluency?.native ?? false,
      ...(level ? { listening: level, reading: level, speaking: level, writing: level } : {}),
    });
    trail.map(path);
  });
  for (const key of NOT_KEPT) {
    const v = document[key];
    if (Array.isArray(v) ? v.length > 0 : isObject(v))
      trail.skip(key, 'not part of a skills profile');
  }
  return { draft, report: trail.report() };
}

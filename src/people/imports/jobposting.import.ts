import type { Vacancy } from '../vacancies/vacancy.js';
import {
  ImportTrail,
  malformed,
  partialDate,
  plainText,
  type ImportReport,
} from './import-report.js';
import type { ImportVocabulary } from './import-vocabulary.js';

type Json = Record<string, unknown>;
const FORMAT = 'jobposting_jsonld';

/** What a posting gave of a vacancy; the employer completes it (employer, track, positions…). */
export type VacancyDraft = Partial<Vacancy> & Pick<Vacancy, 'essentialSkills' | 'optionalSkills'>;

export interface VacancyImport {
  draft: VacancyDraft;
  report: ImportReport;
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The text of a property given as text, a DefinedTerm/CategoryCode or a list of them: its `name`,
 * else its `description` (a term from a framework such as NICE often has only a code and a
 * description), else its code.
 */
function texts(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (isObject(value))
    return [value.name, value.description, value.codeValue, value.termCode]
      .flatMap(texts)
      .slice(0, 1);
  return [];
}

const CONTRACT: [RegExp, Vacancy['contractType']][] = [
  [/intern|apprentice/i, 'apprenticeship'],
  [/seasonal/i, 'seasonal'],
  [/temporary|contract|fixed/i, 'fixed_term'],
  [/full.?time|part.?time|permanent/i, 'permanent'],
];
const EDUCATION: [RegExp, number][] = [
  [/doctor|phd/i, 8],
  [/master/i, 7],
  [/bachelor/i, 6],
  [/associate|short.?cycle/i, 5],
  [/high school|secondary|vocational/i, 4],
];

function dateAt(doc: Json, key: string): string | undefined {
  const v = doc[key];
  if (v === undefined || v === '') return undefined;
  const d = typeof v === 'string' ? partialDate(v) : undefined;
  if (!d) throw malformed(FORMAT, key, `is not an ISO 8601 date: ${JSON.stringify(v)}`);
  return d;
}

/** Imports a schema.org JobPosting (JSON-LD) as a vacancy draft. Fragments are accepted. Pure. */
export function importJobPosting(document: unknown, vocabulary: ImportVocabulary): VacancyImport {
  const doc = Array.isArray(document) ? document[0] : document;
  if (!isObject(doc)) throw malformed(FORMAT, '$', 'must be a JSON-LD object');
  const type = doc['@type'];
  if (type !== 'JobPosting')
    throw malformed(FORMAT, '@type', `must be "JobPosting", not ${JSON.stringify(type)}`);
  const trail = new ImportTrail(FORMAT);
  const draft: VacancyDraft = { essentialSkills: [], optionalSkills: [] };
  const title = texts(doc.title)[0] ?? texts(doc.name)[0];
  if (title) {
    draft.title = title.slice(0, 200);
    trail.map(doc.title ? 'title' : 'name');
  }
  const postedOn = dateAt(doc, 'datePosted');
  if (postedOn) {
    draft.postedOn = postedOn;
    trail.map('datePosted');
  }
  const closesOn = dateAt(doc, 'validThrough');
  if (closesOn) {
    draft.closesOn = closesOn;
    trail.map('validThrough');
  }
  const startDate = dateAt(doc, 'jobStartDate');
  if (startDate) {
    draft.startDate = startDate;
    trail.map('jobStartDate');
  }

  const occupationText = [
    ...texts(doc.occupationalCategory),
    ...(isObject(doc.relevantOccupation) ? texts(doc.relevantOccupation.name) : []),
    title ?? '',
  ].join(' ');
  const occupation = vocabulary.occupationIn(occupationText.replace(/[\d.-]+/g, ' '));
  if (occupation) {
    draft.occupationUri = occupation.uri;
    trail.map('occupationalCategory');
  } else if (occupationText.trim())
    trail.skip(
      'occupationalCategory',
      'matches no ESCO occupation confidently (O*NET and other codes are not mapped)',
    );

  const location = Array.isArray(doc.jobLocation) ? doc.jobLocation[0] : doc.jobLocation;
  const address = isObject(location) && isObject(location.address) ? location.address : undefined;
  if (address) {
    const countryText = texts(address.addressCountry)[0];
    const country = countryText ? vocabulary.countryCode(countryText) : undefined;
    if (country) {
      draft.country = country;
      trail.map('jobLocation.address.addressCountry');
    } else
      trail.skip(
        'jobLocation.address.addressCountry',
        countryText ? `unknown country "${countryText}"` : 'is missing',
      );
    const city = texts(address.addressLocality)[0];
    if (city) {
      draft.city = city;
      trail.map('jobLocation.address.addressLocality');
    }
  }
  salary(doc, draft, trail);
  const employment = texts(doc.employmentType).join(' ');
  const contract = CONTRACT.find(([pattern]) => pattern.test(employment));
  if (contract) {
    draft.contractType = contract[1];
    trail.map('employmentType');
  } else if (employment) trail.skip('employmentType', `unknown employment type "${employment}"`);
  const education = texts(doc.educationRequirements).join(' ');
  const eqf = EDUCATION.find(([pattern]) => pattern.test(education));
  if (eqf) {
    draft.minimumEqfLevel = eqf[1];
    trail.map('educationRequirements');
  }
  const openings = Number(doc.totalJobOpenings);
  if (Number.isInteger(openings) && openings > 0) {
    draft.positions = openings;
    trail.map('totalJobOpenings');
  }

  const skillsText = texts(doc.skills).join('. ');
  draft.essentialSkills = vocabulary.skillsIn(skillsText).map((h) => h.uri);
  if (skillsText) {
    if (draft.essentialSkills.length) trail.map('skills');
    else trail.skip('skills', 'no ESCO skill found');
  }
  const essential = new Set(draft.essentialSkills);
  for (const key of [
    'description',
    'responsibilities',
    'qualifications',
    'experienceRequirements',
  ]) {
    const text = plainText(texts(doc[key]).join('. '));
    if (!text) continue;
    const found = vocabulary.skillsIn(text).filter((h) => !essential.has(h.uri));
    for (const hit of found)
      if (!draft.optionalSkills.includes(hit.uri)) draft.optionalSkills.push(hit.uri);
    if (found.length) trail.map(key);
    else trail.skip(key, 'no ESCO skill found');
    if (key === 'description') draft.description = text.slice(0, 5000);
  }
  for (const key of [
    'hiringOrganization',
    'applicantLocationRequirements',
    'applicationContact',
    'jobBenefits',
    'industry',
    'sensoryRequirement',
    'workHours',
    'incentiveCompensation',
    'specialCommitments',
  ]) {
    if (doc[key] !== undefined)
      trail.skip(
        key,
        key === 'hiringOrganization'
          ? 'the employer is the importing organisation'
          : 'not part of a vacancy',
      );
  }
  return { draft, report: trail.report() };
}

function salary(doc: Json, draft: VacancyDraft, trail: ImportTrail) {
  const base = doc.baseSalary;
  if (base === undefined) return;
  let amount: number | undefined;
  let currency = typeof doc.salaryCurrency === 'string' ? doc.salaryCurrency : undefined;
  let unit = 'year';
  if (typeof base === 'string' || typeof base === 'number') amount = Number(base);
  else if (isObject(base)) {
    if (typeof base.currency === 'string') currency = base.currency;
    const value = isObject(base.value) ? base.value : { value: base.value };
    amount = Number(value.value ?? value.minValue);
    if (typeof value.unitText === 'string') unit = value.unitText.toLowerCase();
  }
  if (amount === undefined || !Number.isFinite(amount) || amount <= 0) {
    throw malformed(FORMAT, 'baseSalary', 'is not a positive amount');
  }
  const per = unit.startsWith('hour') ? 'hour' : unit.startsWith('month') ? 'month' : 'year';
  if (!currency || !/^[A-Z]{3}$/.test(currency))
    return trail.skip('baseSalary', 'has no ISO 4217 currency');
  draft.wage = { amount, currency, per };
  trail.map('baseSalary');
}

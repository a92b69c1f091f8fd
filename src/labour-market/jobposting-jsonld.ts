import { IMPORT_LIMITS } from '../imports-runtime/import-limits.js';
import { jsonDepthWithin } from '../imports-runtime/json-depth.js';
import {
  ImportCollector,
  type ImportVocabulary,
  type MemoryCheck,
  type ParsedImport,
} from './import-rows.js';
import type { Observation } from './observation.js';

/**
 * schema.org JobPosting JSON-LD (docs/labour-market.md, import formats): a JSON array, one
 * object (or an `@graph`), or NDJSON with one posting per line. Each posting is demand
 * (`job_postings`) of `totalJobOpenings` (default 1) for its occupation, country, region and
 * month of `datePosted`; the ESCO skills whose labels occur in `skills` and `description`
 * count once more each, at skill level.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Posting {
  line: number;
  value: Json;
}

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The postings of the text with the line each starts on; a reason when it is not JSON at all. */
function postingsOf(text: string): Posting[] | string {
  const trimmed = text.trim();
  try {
    const whole = JSON.parse(trimmed) as Json;
    const list = Array.isArray(whole)
      ? whole
      : isObject(whole) && Array.isArray(whole['@graph'])
        ? whole['@graph']
        : [whole];
    return list.map((value, i) => ({ line: Array.isArray(whole) ? i + 1 : 1, value }));
  } catch {
    // Not one JSON document: NDJSON, one posting per non-empty line.
  }
  const postings: Posting[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      postings.push({ line: i + 1, value: JSON.parse(raw) as Json });
    } catch (error) {
      postings.push({ line: i + 1, value: `malformed JSON: ${(error as Error).message}` });
    }
  });
  return postings.length > 0 ? postings : 'the file holds no JSON';
}

/** Text of a property that may be a string, a DefinedTerm / CategoryCode, or an array of them. */
function texts(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (isObject(value)) {
    return ['codeValue', 'termCode', 'name', 'description', 'occupationalCategory'].flatMap((k) =>
      texts(value[k]),
    );
  }
  return [];
}

function occupationOf(posting: JsonObject, vocabulary: ImportVocabulary) {
  const relevant = isObject(posting.relevantOccupation) ? posting.relevantOccupation : {};
  const categories = [...texts(posting.occupationalCategory), ...texts(relevant)];
  for (const category of categories) {
    const uri = category.trim();
    const fromUri = vocabulary.occupationIsco.get(uri);
    if (fromUri) return { uri, iscoCode: fromUri };
    const isco = /^(\d{1,4})\b(?![-.]\d)/.exec(uri)?.[1];
    if (isco && vocabulary.iscoCodes.has(isco)) return { uri: '', iscoCode: isco };
  }
  for (const label of [...categories, ...texts(posting.title), ...texts(posting.name)]) {
    const found = vocabulary.findOccupation(label.replace(/^[\d.-]+\s+/, '').trim());
    if (found) return found;
  }
  return undefined;
}

function placeOf(
  posting: JsonObject,
  vocabulary: ImportVocabulary,
): { country?: string; region: string } {
  const locations = Array.isArray(posting.jobLocation)
    ? posting.jobLocation
    : [posting.jobLocation];
  const place = locations.find(isObject);
  const address = place && isObject(place.address) ? place.address : {};
  const countryText = texts(address.addressCountry)[0]?.trim() ?? '';
  const country =
    countryText.length === 2
      ? countryText.toUpperCase()
      : (vocabulary.countryByAlpha3.get(countryText.toUpperCase()) ??
        vocabulary.countryByName.get(countryText.toLowerCase()));
  const regionText = (texts(address.addressRegion)[0] ?? '').trim().toUpperCase();
  const region =
    country && regionText !== ''
      ? regionText.startsWith(`${country}-`)
        ? regionText
        : `${country}-${regionText}`
      : '';
  return {
    ...(country ? { country } : {}),
    region: /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region) ? region : '',
  };
}

function observationsOf(
  value: Json,
  vocabulary: ImportVocabulary,
  source: string,
): Observation[] | string {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return 'not a JSON object';
  if (!jsonDepthWithin(value))
    return `nests arrays and objects deeper than ${IMPORT_LIMITS.jsonDepth} levels`;
  const type = texts(value['@type']);
  if (!type.includes('JobPosting'))
    return `@type is ${type.join(', ') || 'missing'}, not JobPosting`;
  const occupation = occupationOf(value, vocabulary);
  if (!occupation)
    return 'no ESCO occupation or ISCO-08 code found in occupationalCategory or title';
  const { country, region } = placeOf(value, vocabulary);
  if (!country) return 'jobLocation has no known addressCountry';
  const posted = typeof value.datePosted === 'string' ? value.datePosted : '';
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(posted);
  if (!date) return posted ? `datePosted "${posted}" is not a date` : 'datePosted is missing';
  const day = new Date(`${date[1]}-${date[2]}-${date[3]}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.getUTCDate() !== Number(date[3]))
    return `datePosted "${posted}" is an impossible date`;
  const openings = value.totalJobOpenings ?? 1;
  if (typeof openings !== 'number' || !Number.isInteger(openings) || openings < 0)
    return `totalJobOpenings must be a whole number ≥ 0, got ${JSON.stringify(openings)}`;
  const base = {
    measure: 'job_postings' as const,
    country,
    region,
    iscoCode: occupation.iscoCode,
    occupationUri: occupation.uri,
    month: `${date[1]}-${date[2]}`,
    count: openings,
    source,
  };
  const skillText = [...texts(value.skills), ...texts(value.description)]
    .join('\n')
    .slice(0, IMPORT_LIMITS.extractionTextChars);
  const skills = [...new Set(vocabulary.findSkills(skillText))];
  return [{ ...base, skillUri: '' }, ...skills.map((skillUri) => ({ ...base, skillUri }))];
}

/** Parses JobPosting JSON-LD; `source` names where the postings come from. */
export function parseJobPostings(
  text: string,
  vocabulary: ImportVocabulary,
  source: string,
  memoryCheck?: MemoryCheck,
): ParsedImport {
  const collector = new ImportCollector('jobposting_jsonld', vocabulary, memoryCheck);
  const postings = postingsOf(text);
  if (typeof postings === 'string') {
    collector.row(1, postings);
    return collector.result();
  }
  for (const { line, value } of postings)
    collector.row(line, observationsOf(value, vocabulary, source));
  return collector.result();
}

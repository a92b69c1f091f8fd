import { candidateProfileSchema, type CandidateProfile } from '../candidates/candidate-profile.js';
import { programmeSchema, type Programme } from '../programmes/programme.js';
import { vacancySchema, type Vacancy } from '../vacancies/vacancy.js';
import { csvText } from '../../shared/csv-writer.js';
import {
  cellList,
  cellNumber,
  readCsvTable,
  validateRows,
  type CsvImport,
  type CsvRow,
} from './csv-table.js';

/** Columns of the candidates CSV (import and export). Lists are `|`-separated. */
export const CANDIDATE_COLUMNS = [
  'name',
  'residence_country',
  'nationality',
  'gender',
  'birth_year',
  'skills',
  'skill_evidence',
  'languages',
  'destination_countries',
  'tracks',
  'available_from',
] as const;

/** `en:C1` or `en:native` → a language entry with the same level in all four skills. */
function languageCell(cell: string) {
  const [tag = '', level = ''] = cell.split(':');
  const native = level.toLowerCase() === 'native';
  const cefr = native ? 'C2' : level || undefined;
  return {
    tag,
    native,
    ...(cefr ? { listening: cefr, reading: cefr, speaking: cefr, writing: cefr } : {}),
  };
}

function candidateRecord(row: CsvRow): unknown {
  const v = row.values;
  const evidence = v.skill_evidence || 'self_declared';
  return {
    name: v.name,
    residenceCountry: v.residence_country,
    nationality: v.nationality,
    ...(v.gender ? { gender: { kind: v.gender } } : {}),
    ...(v.birth_year ? { birthYear: cellNumber(v.birth_year) } : {}),
    skills: cellList(v.skills).map((uri) => ({
      uri,
      evidence,
      source: `import candidates CSV line ${row.line}`,
    })),
    languages: cellList(v.languages).map(languageCell),
    preferences: {
      destinationCountries: cellList(v.destination_countries),
      tracks: cellList(v.tracks),
      sectors: [],
    },
    availability: v.available_from ? { availableFrom: v.available_from } : {},
  };
}

/** Candidates from CSV, one per row; each rejected row is reported with its line. Pure. */
export function importCandidatesCsv(text: string): CsvImport<CandidateProfile> {
  const rows = readCsvTable('candidates_csv', text, ['name', 'residence_country', 'nationality']);
  return validateRows(rows, candidateRecord, candidateProfileSchema);
}

/** Candidates as CSV in the import's columns (round-trips). */
export function exportCandidatesCsv(profiles: readonly CandidateProfile[]): string {
  return csvText(
    CANDIDATE_COLUMNS,
    profiles.map((p) => [
      p.name,
      p.residenceCountry,
      p.nationality,
      p.gender?.kind === 'self_described' ? '' : p.gender?.kind,
      p.birthYear,
      p.skills.map((s) => s.uri).join('|'),
      p.skills[0]?.evidence,
      p.languages.map((l) => `${l.tag}:${l.native ? 'native' : (l.speaking ?? '')}`).join('|'),
      p.preferences.destinationCountries.join('|'),
      p.preferences.tracks.join('|'),
      p.availability.availableFrom,
    ]),
  );
}

/** Columns of the vacancies CSV. */
export const VACANCY_COLUMNS = [
  'title',
  'employer_id',
  'occupation_uri',
  'essential_skills',
  'optional_skills',
  'languages',
  'minimum_eqf_level',
  'country',
  'city',
  'positions',
  'wage',
  'currency',
  'wage_per',
  'contract_type',
  'contract_months',
  'legal_pathway',
  'track',
  'start_date',
  'closes_on',
] as const;

function vacancyRecord(row: CsvRow): unknown {
  const v = row.values;
  return {
    title: v.title,
    employerId: v.employer_id,
    occupationUri: v.occupation_uri,
    essentialSkills: cellList(v.essential_skills),
    optionalSkills: cellList(v.optional_skills),
    languages: cellList(v.languages).map((c) => {
      const [tag, minimumLevel] = c.split(':');
      return { tag, minimumLevel };
    }),
    ...(v.minimum_eqf_level ? { minimumEqfLevel: cellNumber(v.minimum_eqf_level) } : {}),
    country: v.country,
    ...(v.city ? { city: v.city } : {}),
    positions: cellNumber(v.positions),
    ...(v.wage
      ? { wage: { amount: cellNumber(v.wage), currency: v.currency, per: v.wage_per || 'month' } }
      : {}),
    contractType: v.contract_type,
    ...(v.contract_months ? { contractMonths: cellNumber(v.contract_months) } : {}),
    ...(v.legal_pathway ? { legalPathway: v.legal_pathway } : {}),
    track: v.track,
    ...(v.start_date ? { startDate: v.start_date } : {}),
    ...(v.closes_on ? { closesOn: v.closes_on } : {}),
  };
}

/** Vacancies from CSV, one per row. Pure. */
export function importVacanciesCsv(text: string): CsvImport<Vacancy> {
  const rows = readCsvTable('vacancies_csv', text, [
    'title',
    'employer_id',
    'occupation_uri',
    'country',
    'positions',
    'contract_type',
    'track',
  ]);
  return validateRows(rows, vacancyRecord, vacancySchema);
}

/** Vacancies as CSV in the import's columns. */
export function exportVacanciesCsv(vacancies: readonly Vacancy[]): string {
  return csvText(
    VACANCY_COLUMNS,
    vacancies.map((v) => [
      v.title,
      v.employerId,
      v.occupationUri,
      v.essentialSkills.join('|'),
      v.optionalSkills.join('|'),
      v.languages.map((l) => `${l.tag}:${l.minimumLevel}`).join('|'),
      v.minimumEqfLevel,
      v.country,
      v.city,
      v.positions,
      v.wage?.amount,
      v.wage?.currency,
      v.wage?.per,
      v.contractType,
      v.contractMonths,
      v.legalPathway,
      v.track,
      v.startDate,
      v.closesOn,
    ]),
  );
}

/** Columns of the programmes CSV: one row per module, grouped by programme title. */
export const PROGRAMME_COLUMNS = [
  'programme',
  'provider_id',
  'location',
  'country',
  'seats',
  'start_dates',
  'module',
  'module_skills',
  'module_hours',
] as const;

/** Programmes from CSV, one row per module; a programme is rejected with all its lines. Pure. */
export function importProgrammesCsv(text: string): CsvImport<Programme> {
  const rows = readCsvTable('programmes_csv', text, PROGRAMME_COLUMNS);
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows)
    groups.set(row.values.programme ?? '', [
      ...(groups.get(row.values.programme ?? '') ?? []),
      row,
    ]);
  const merged: CsvRow[] = [...groups.values()].map((group) => ({
    line: group[0]!.line,
    values: { ...group[0]!.values, __lines: JSON.stringify(group.map((r) => r.values)) },
  }));
  return validateRows(
    merged,
    (row) => {
      const v = row.values;
      const modules = (JSON.parse(v.__lines ?? '[]') as Record<string, string>[]).map((m) => ({
        title: m.module,
        skills: cellList(m.module_skills),
        hours: cellNumber(m.module_hours),
      }));
      return {
        title: v.programme,
        providerId: v.provider_id,
        location: v.location,
        ...(v.country ? { country: v.country } : {}),
        seats: cellNumber(v.seats),
        startDates: cellList(v.start_dates),
        modules,
      };
    },
    programmeSchema,
  );
}

/** Programmes as CSV, one row per module. */
export function exportProgrammesCsv(programmes: readonly Programme[]): string {
  return csvText(
    PROGRAMME_COLUMNS,
    programmes.flatMap((p) =>
      p.modules.map((m) => [
        p.title,
        p.providerId,
        p.location,
        p.country,
        p.seats,
        p.startDates.join('|'),
        m.title,
        m.skills.join('|'),
        m.hours,
      ]),
    ),
  );
}

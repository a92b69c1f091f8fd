import { CEFR_LEVELS, type CefrLevel } from '../profile-fields.js';
import type { CandidateLanguage } from '../candidates/candidate-profile.js';
import { addSkillsFrom, emptyDraft, type CandidateImport } from './candidate-draft.js';
import { ImportTrail, malformed, partialDate, plainText, yearsBetween } from './import-report.js';
import type { ImportVocabulary } from './import-vocabulary.js';
import { child, children, textOf, type XmlNode } from './xml-tree.js';

const FORMAT = 'europass_xml';
const DIMENSIONS: Record<string, 'listening' | 'reading' | 'speaking' | 'writing'> = {
  'CEF-Understanding-Listening': 'listening',
  'CEF-Understanding-Reading': 'reading',
  'CEF-Speaking-Interaction': 'speaking',
  'CEF-Speaking-Production': 'speaking',
  'CEF-Writing-Production': 'writing',
};

function date(node: XmlNode | undefined, path: string): string | undefined {
  const value = textOf(node, 'FormattedDateTime');
  if (!value) return undefined;
  const d = partialDate(value);
  if (!d) throw malformed(FORMAT, `${path}.FormattedDateTime`, `is not a date: "${value}"`);
  return d;
}

/** What each section reader works on: the draft it fills and the trail of what it mapped. */
interface Reading {
  draft: CandidateImport['draft'];
  trail: ImportTrail;
  vocabulary: ImportVocabulary;
}

const pbase = 'Candidate.CandidateProfile';

/** The new Europass `Candidate` document (Europass 2020, HR Open Standards 3.2). Pure. */
export function europassCandidate(doc: XmlNode, vocabulary: ImportVocabulary): CandidateImport {
  const reading: Reading = { draft: emptyDraft(), trail: new ImportTrail(FORMAT), vocabulary };
  readPerson(child(doc, 'CandidatePerson'), reading);
  const profile = child(doc, 'CandidateProfile');
  readPreference(profile, reading);
  readEmployment(profile, reading);
  readEducation(profile, reading);
  readCompetencies(profile, reading);
  readSkills(profile, reading);
  if (child(profile, 'Projects'))
    reading.trail.skip(`${pbase}.Projects`, 'not part of a skills profile');
  return { draft: reading.draft, report: reading.trail.report() };
}

/** Name, residence, nationality, birth year and gender. */
function readPerson(person: XmlNode | undefined, { draft, trail, vocabulary }: Reading): void {
  const base = 'Candidate.CandidatePerson';
  const name = [
    textOf(person, 'PersonName', 'GivenName'),
    textOf(person, 'PersonName', 'FamilyName'),
  ]
    .filter(Boolean)
    .join(' ');
  if (name) {
    draft.name = name;
    trail.map(`${base}.PersonName`);
  }
  const residence =
    vocabulary.countryCode(textOf(person, 'ResidencyCountryCode')) ??
    children(person, 'Communication')
      .map((c) => vocabulary.countryCode(textOf(c, 'Address', 'CountryCode')))
      .find(Boolean);
  if (residence) {
    draft.residenceCountry = residence;
    trail.map(`${base}.ResidencyCountryCode`);
  }
  const nationality = vocabulary.countryCode(textOf(person, 'NationalityCode'));
  if (nationality) {
    draft.nationality = nationality;
    trail.map(`${base}.NationalityCode`);
  }
  const birth = textOf(person, 'BirthDate');
  if (birth) {
    if (!partialDate(birth))
      throw malformed(FORMAT, `${base}.BirthDate`, `is not a date: "${birth}"`);
    draft.birthYear = Number(birth.slice(0, 4));
    trail.map(`${base}.BirthDate`);
  }
  const gender = textOf(person, 'GenderCode').toLowerCase();
  if (gender === 'male' || gender === 'female') {
    draft.gender = { kind: gender };
    trail.map(`${base}.GenderCode`);
  }
}

/** The position the person looks for, as their headline. */
function readPreference(profile: XmlNode | undefined, { draft, trail }: Reading): void {
  const preference = textOf(profile, 'CandidatePositionPreferences', 'Description');
  if (preference) {
    draft.headline = preference.slice(0, 300);
    trail.map(`${pbase}.CandidatePositionPreferences`);
  }
}

/** Each position held, with the skills its description names. */
function readEmployment(profile: XmlNode | undefined, { draft, trail, vocabulary }: Reading): void {
  children(child(profile, 'EmploymentHistory'), 'EmployerHistory').forEach((employer, i) => {
    const organisation = textOf(employer, 'OrganizationName');
    children(employer, 'PositionHistory').forEach((position, j) => {
      const path = `${pbase}.EmploymentHistory.EmployerHistory[${i}].PositionHistory[${j}]`;
      const title = textOf(position, 'PositionTitle');
      const period = child(position, 'EmploymentPeriod');
      const startDate = date(child(period, 'StartDate'), `${path}.EmploymentPeriod.StartDate`);
      const endDate = date(child(period, 'EndDate'), `${path}.EmploymentPeriod.EndDate`);
      if (!title) return trail.skip(path, 'has no position title');
      const occupation = vocabulary.occupationIn(title);
      const country = vocabulary.countryCode(textOf(position, 'Country'));
      draft.experience.push({
        title,
        formal: true,
        ...(occupation ? { occupationUri: occupation.uri } : {}),
        ...(organisation ? { employer: organisation } : {}),
        ...(country ? { country } : {}),
        ...(startDate ? { startDate } : {}),
        ...(endDate ? { endDate } : {}),
        ...(startDate && endDate ? { years: yearsBetween(startDate, endDate) } : {}),
      });
      trail.map(path);
      const description = plainText(textOf(position, 'Description'));
      if (description && addSkillsFrom(draft, vocabulary, description, `${path}.Description`) > 0) {
        trail.map(`${path}.Description`);
      }
    });
  });
}

/** Each degree or programme, with the skills it covered. */
function readEducation(profile: XmlNode | undefined, { draft, trail, vocabulary }: Reading): void {
  children(child(profile, 'EducationHistory'), 'EducationOrganizationAttendance').forEach(
    (e, i) => {
      const path = `${pbase}.EducationHistory.EducationOrganizationAttendance[${i}]`;
      const title = textOf(e, 'EducationDegree', 'DegreeName') || textOf(e, 'ProgramName');
      const awardedOn = date(
        child(child(e, 'AttendancePeriod'), 'EndDate'),
        `${path}.AttendancePeriod.EndDate`,
      );
      if (!title) return trail.skip(path, 'has no degree or programme name');
      const eqf = /(\d)$/.exec(textOf(e, 'EducationLevelCode'));
      const body = textOf(e, 'OrganizationName');
      draft.qualifications.push({
        title,
        ...(body ? { awardingBody: body } : {}),
        ...(eqf ? { eqfLevel: Number(eqf[1]) } : {}),
        ...(awardedOn ? { awardedOn } : {}),
      });
      trail.map(path);
      const covered = textOf(e, 'EducationDegree', 'OccupationalSkillsCovered');
      if (covered)
        addSkillsFrom(
          draft,
          vocabulary,
          covered,
          `${path}.EducationDegree.OccupationalSkillsCovered`,
        );
    },
  );
}

/** Languages with their CEFR levels, and other competencies as ESCO skills. */
function readCompetencies(
  profile: XmlNode | undefined,
  { draft, trail, vocabulary }: Reading,
): void {
  children(child(profile, 'PersonQualifications'), 'PersonCompetency').forEach((c, i) => {
    const path = `${pbase}.PersonQualifications.PersonCompetency[${i}]`;
    if (textOf(c, 'TaxonomyID') !== 'language') {
      const name = textOf(c, 'CompetencyName') || textOf(c, 'CompetencyID');
      if (name && addSkillsFrom(draft, vocabulary, name, path) > 0) return trail.map(path);
      return trail.skip(path, 'not a language and no ESCO skill found');
    }
    const tag = vocabulary.languageTag(textOf(c, 'CompetencyID'));
    if (!tag) return trail.skip(path, `unknown language "${textOf(c, 'CompetencyID')}"`);
    const language: CandidateLanguage = { tag, native: false };
    children(c, 'CompetencyDimension').forEach((d, j) => {
      const dimension = DIMENSIONS[textOf(d, 'CompetencyDimensionTypeCode')];
      const score = textOf(d, 'Score', 'ScoreText');
      if (!(CEFR_LEVELS as readonly string[]).includes(score)) {
        throw malformed(
          FORMAT,
          `${path}.CompetencyDimension[${j}].Score`,
          `is not a CEFR level: "${score}"`,
        );
      }
      if (!dimension) return;
      const level = score as CefrLevel;
      const held = language[dimension];
      language[dimension] = held && held < level ? held : level; // speaking: the weaker of two
    });
    draft.languages.push(language);
    trail.map(path);
  });
}

/** The organisational, communication, job-related and digital skill lists. */
function readSkills(profile: XmlNode | undefined, { draft, trail, vocabulary }: Reading): void {
  const skillLists: [string, string, string][] = [
    ['OrganisationalSkills', 'OrganisationalSkill', 'Title'],
    ['CommunicationSkills', 'CommunicationSkill', 'Title'],
    ['JobRelatedSkills', 'JobRelatedSkill', 'Title'],
  ];
  for (const [list, item, field] of skillLists) {
    children(child(profile, list), item).forEach((s, i) => {
      const path = `${pbase}.${list}.${item}[${i}]`;
      const words = `${textOf(s, field)} ${plainText(textOf(s, 'Description'))}`;
      if (addSkillsFrom(draft, vocabulary, words, path) > 0) trail.map(path);
      else trail.skip(path, 'no ESCO skill found');
    });
  }
  children(child(profile, 'DigitalSkills'), 'DigitalSkillsGroup').forEach((g, i) => {
    children(g, 'DigitalSkill').forEach((s, j) => {
      const path = `${pbase}.DigitalSkills.DigitalSkillsGroup[${i}].DigitalSkill[${j}]`;
      const word = textOf(s);
      if (addSkillsFrom(draft, vocabulary, word, path) > 0) trail.map(path);
      else trail.skip(path, `"${word}" matches no ESCO skill confidently`);
    });
  });
}

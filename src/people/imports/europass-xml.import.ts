import type { CandidateLanguage } from '../candidates/candidate-profile.js';
import { CEFR_LEVELS, type CefrLevel } from '../profile-fields.js';
import {
  addSkillsFrom,
  emptyDraft,
  type CandidateDraft,
  type CandidateImport,
} from './candidate-draft.js';
import { europassCandidate } from './europass-candidate.import.js';
import { ImportTrail, malformed, partialDate, plainText, yearsBetween } from './import-report.js';
import type { ImportVocabulary } from './import-vocabulary.js';
import { attribute, child, children, parseXml, textOf, type XmlNode } from './xml-tree.js';

const FORMAT = 'europass_xml';

/**
 * Imports a Europass CV: the classic `SkillsPassport` (XSD v3.x) or the newer `Candidate`
 * (HR Open based, Europass 2020). Other roots (the v2.0 `learnerinfo`) are refused. Pure.
 */
export function importEuropassXml(text: string, vocabulary: ImportVocabulary): CandidateImport {
  const root = parseXml(FORMAT, text);
  if (root.SkillsPassport) return skillsPassport(child(root, 'SkillsPassport')!, vocabulary);
  if (root.Candidate) return europassCandidate(child(root, 'Candidate')!, vocabulary);
  const found = Object.keys(root).find((k) => !k.startsWith('?')) ?? 'nothing';
  throw malformed(FORMAT, found, 'is not a Europass CV root (SkillsPassport v3 or Candidate)');
}

/** A v3 `Period` bound (`<From year="2001" month="--03" day="---10"/>`) as a date. */
function v3Date(node: XmlNode | undefined, path: string): string | undefined {
  if (!node) return undefined;
  const year = attribute(node, 'year');
  if (!year) return undefined;
  const month = attribute(node, 'month').replace(/^-+/, '') || '01';
  const day = attribute(node, 'day').replace(/^-+/, '') || '01';
  const date = partialDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
  if (!date) throw malformed(FORMAT, path, 'is not a valid date');
  return date;
}

const cefr = (value: string): CefrLevel | undefined =>
  (CEFR_LEVELS as readonly string[]).includes(value) ? (value as CefrLevel) : undefined;

function skillsPassport(doc: XmlNode, vocabulary: ImportVocabulary): CandidateImport {
  const trail = new ImportTrail(FORMAT);
  const draft = emptyDraft();
  const base = 'SkillsPassport.LearnerInfo';
  const learner = child(doc, 'LearnerInfo');
  if (!learner) throw malformed(FORMAT, base, 'is missing');
  identification(learner, draft, trail, vocabulary);
  const headline = textOf(learner, 'Headline', 'Description', 'Label');
  if (headline) {
    draft.headline = headline.slice(0, 300);
    trail.map(`${base}.Headline`);
  }

  children(child(learner, 'WorkExperienceList'), 'WorkExperience').forEach((w, i) => {
    const path = `${base}.WorkExperienceList.WorkExperience[${i}]`;
    const title = textOf(w, 'Position', 'Label');
    const startDate = v3Date(child(child(w, 'Period'), 'From'), `${path}.Period.From`);
    const endDate = v3Date(child(child(w, 'Period'), 'To'), `${path}.Period.To`);
    const employer = textOf(w, 'Employer', 'Name');
    const countryText = textOf(
      child(w, 'Employer'),
      'ContactInfo',
      'Address',
      'Contact',
      'Country',
      'Code',
    );
    const country = countryText ? vocabulary.countryCode(countryText) : undefined;
    if (!title) return trail.skip(path, 'has no position');
    const occupation = vocabulary.occupationIn(title);
    if (!occupation) trail.skip(`${path}.Position`, 'matches no ESCO occupation confidently');
    draft.experience.push({
      title,
      formal: true,
      ...(occupation ? { occupationUri: occupation.uri } : {}),
      ...(employer ? { employer } : {}),
      ...(country ? { country } : {}),
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      ...(startDate && endDate ? { years: yearsBetween(startDate, endDate) } : {}),
    });
    trail.map(path);
    const activities = plainText(textOf(w, 'Activities'));
    if (activities && addSkillsFrom(draft, vocabulary, activities, `${path}.Activities`) > 0) {
      trail.map(`${path}.Activities`);
    }
  });

  children(child(learner, 'EducationList'), 'Education').forEach((e, i) => {
    const path = `${base}.EducationList.Education[${i}]`;
    const title = textOf(e, 'Title');
    const awardedOn = v3Date(child(child(e, 'Period'), 'To'), `${path}.Period.To`);
    if (!title) return trail.skip(path, 'has no title');
    const level = Number(textOf(e, 'Level', 'Code'));
    const body = textOf(e, 'Organisation', 'Name');
    draft.qualifications.push({
      title: title.slice(0, 200),
      ...(body ? { awardingBody: body.slice(0, 200) } : {}),
      ...(level >= 1 && level <= 8 ? { eqfLevel: level } : {}),
      ...(awardedOn ? { awardedOn } : {}),
    });
    trail.map(path);
  });

  const skills = child(learner, 'Skills');
  const linguistic = child(skills, 'Linguistic');
  children(child(linguistic, 'MotherTongueList'), 'MotherTongue').forEach((m, i) => {
    const path = `${base}.Skills.Linguistic.MotherTongueList.MotherTongue[${i}]`;
    addLanguage(draft, trail, vocabulary, path, child(m, 'Description'), { native: true });
  });
  children(child(linguistic, 'ForeignLanguageList'), 'ForeignLanguage').forEach((f, i) => {
    const path = `${base}.Skills.Linguistic.ForeignLanguageList.ForeignLanguage[${i}]`;
    const grid = child(f, 'ProficiencyLevel');
    const levels = ['Listening', 'Reading', 'SpokenInteraction', 'SpokenProduction', 'Writing'].map(
      (k) => {
        const value = textOf(grid, k);
        if (value && !cefr(value))
          throw malformed(
            FORMAT,
            `${path}.ProficiencyLevel.${k}`,
            `is not a CEFR level: "${value}"`,
          );
        return cefr(value);
      },
    );
    const [listening, reading, interaction, production, writing] = levels;
    const speaking = [interaction, production].filter(Boolean).sort()[0]; // the weaker of the two
    addLanguage(draft, trail, vocabulary, path, child(f, 'Description'), {
      native: false,
      ...(listening ? { listening } : {}),
      ...(reading ? { reading } : {}),
      ...(speaking ? { speaking } : {}),
      ...(writing ? { writing } : {}),
    });
  });
  for (const kind of ['Communication', 'Organisational', 'JobRelated', 'Computer', 'Other']) {
    const description = plainText(textOf(skills, kind, 'Description'));
    const path = `${base}.Skills.${kind}`;
    if (!description) continue;
    if (addSkillsFrom(draft, vocabulary, description, path) > 0) trail.map(path);
    else trail.skip(path, 'no ESCO skill found in the description');
  }
  if (skills && child(skills, 'Driving'))
    trail.skip(`${base}.Skills.Driving`, 'driving licences are not kept in the profile');
  for (const key of ['Achievement', 'AchievementList', 'Documentation', 'ReferenceTo']) {
    if (learner[key]) trail.skip(`${base}.${key}`, 'not part of a skills profile');
  }
  return { draft, report: trail.report() };
}

function identification(
  learner: XmlNode,
  draft: CandidateDraft,
  trail: ImportTrail,
  vocabulary: ImportVocabulary,
) {
  const id = child(learner, 'Identification');
  const base = 'SkillsPassport.LearnerInfo.Identification';
  const name = [textOf(id, 'PersonName', 'FirstName'), textOf(id, 'PersonName', 'Surname')]
    .filter(Boolean)
    .join(' ');
  if (name) {
    draft.name = name;
    trail.map(`${base}.PersonName`);
  }
  const countryText = textOf(child(id, 'ContactInfo'), 'Address', 'Contact', 'Country', 'Code');
  const residence = countryText ? vocabulary.countryCode(countryText) : undefined;
  if (residence) {
    draft.residenceCountry = residence;
    trail.map(`${base}.ContactInfo.Address`);
  } else if (countryText)
    trail.skip(`${base}.ContactInfo.Address`, `unknown country "${countryText}"`);
  const demographics = child(id, 'Demographics');
  const birthYear = Number(attribute(child(demographics, 'Birthdate'), 'year'));
  if (birthYear) {
    draft.birthYear = birthYear;
    trail.map(`${base}.Demographics.Birthdate`);
  }
  const gender = textOf(demographics, 'Gender', 'Code');
  if (gender === 'M' || gender === 'F') {
    draft.gender = { kind: gender === 'M' ? 'male' : 'female' };
    trail.map(`${base}.Demographics.Gender`);
  }
  children(child(demographics, 'NationalityList'), 'Nationality').forEach((n, i) => {
    const path = `${base}.Demographics.NationalityList.Nationality[${i}]`;
    const code = vocabulary.countryCode(textOf(n, 'Code'));
    if (code && !draft.nationality) {
      draft.nationality = code;
      trail.map(path);
    } else trail.skip(path, code ? 'only the first nationality is kept' : 'no country code');
  });
  for (const key of ['Photo', 'Signature'])
    if (id?.[key]) trail.skip(`${base}.${key}`, 'not kept in the profile');
}

function addLanguage(
  draft: CandidateDraft,
  trail: ImportTrail,
  vocabulary: ImportVocabulary,
  path: string,
  description: XmlNode | undefined,
  levels: Omit<CandidateLanguage, 'tag'>,
) {
  const code = textOf(description, 'Code');
  const label = textOf(description, 'Label');
  const tag = vocabulary.languageTag(code) ?? vocabulary.languageTag(label);
  if (!tag) return trail.skip(path, `unknown language "${code || label}"`);
  draft.languages.push({ tag, ...levels });
  trail.map(path);
}

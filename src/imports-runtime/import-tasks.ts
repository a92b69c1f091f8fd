import {
  buildConceptLexicon,
  type ConceptLexicon,
  type LexiconConcept,
} from '../extraction/concept-lexicon.js';
import { parseImportFile } from '../labour-market/import-file.js';
import type {
  ImportFormat as LabourMarketFormat,
  ParsedImport,
} from '../labour-market/import-rows.js';
import {
  buildImportVocabulary as buildLabourMarketVocabulary,
  type ImportVocabularyData,
} from '../labour-market/import-vocabulary.js';
import type { CandidateImport } from '../people/imports/candidate-draft.js';
import { importEuropassXml } from '../people/imports/europass-xml.import.js';
import { malformed, type ImportFormat } from '../people/imports/import-report.js';
import {
  buildImportVocabulary,
  type ImportVocabulary,
} from '../people/imports/import-vocabulary.js';
import { importJobPosting, type VacancyImport } from '../people/imports/jobposting.import.js';
import { importJsonResume } from '../people/imports/json-resume.import.js';
import { PasserelleError, type ErrorKind, type FieldProblem } from '../shared/errors.js';
import { heapCheck } from './heap-budget.js';
import { IMPORT_LIMITS } from './import-limits.js';
import { jsonDepthWithin } from './json-depth.js';

/** A file to read in a worker thread, with what reading it needs. */
export type ImportTask =
  | (PeopleTask & { kind: 'candidate_cv'; format: 'json_resume' | 'europass_xml' })
  | (PeopleTask & { kind: 'job_posting' })
  | {
      kind: 'labour_market';
      content: string;
      format?: LabourMarketFormat;
      source: string;
      vocabulary: ImportVocabularyData;
      /** Old-generation heap the file may fill, in MiB (heap-budget.ts); unchecked without it. */
      heapBudgetMb?: number;
    };

/** CVs and postings are read against the extraction lexicon, which a worker builds once. */
interface PeopleTask {
  content: string;
  countries: { code: string; name: string }[];
  /** Which lexicon the task needs; its concepts come along only when the worker lacks it. */
  lexiconKey: number;
  concepts?: readonly LexiconConcept[];
}

/** What each kind of task yields. */
export interface ImportResults {
  candidate_cv: CandidateImport;
  job_posting: VacancyImport;
  labour_market: ParsedImport | undefined;
}

/** A domain error as it crosses threads (class instances do not). */
export interface ErrorReply {
  kind: ErrorKind;
  code: string;
  message: string;
  fields: FieldProblem[];
}

/** A worker's answer: the result, a refusal, or a request for the task again with its lexicon. */
export type ImportReply =
  | { outcome: 'done'; value: unknown }
  | { outcome: 'refused'; error: ErrorReply }
  | { outcome: 'needs_lexicon' };

/** The lexicon a reader keeps between tasks (one per worker thread). */
export interface LexiconHolder {
  key: number;
  lexicon: ConceptLexicon;
}

function jsonDocument(format: ImportFormat, content: string): unknown {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    throw malformed(format, '$', 'is not JSON');
  }
  if (!jsonDepthWithin(document))
    throw malformed(format, '$', `nests deeper than ${IMPORT_LIMITS.jsonDepth} levels`);
  return document;
}

function readPeopleDocument(task: ImportTask, vocabulary: ImportVocabulary): unknown {
  if (task.kind === 'job_posting')
    return importJobPosting(jsonDocument('jobposting_jsonld', task.content), vocabulary);
  if (task.kind === 'candidate_cv' && task.format === 'json_resume')
    return importJsonResume(jsonDocument('json_resume', task.content), vocabulary);
  return importEuropassXml(task.content, vocabulary);
}

/**
 * Reads one task's file. Pure apart from the lexicon it keeps in `held` (built from the task's
 * concepts the first time, asked for again when the task comes without them) and the heap
 * checks of a labour-market file with a budget.
 */
export function readImportTask(task: ImportTask, held: { current?: LexiconHolder }): ImportReply {
  try {
    if (task.kind === 'labour_market') {
      const vocabulary = buildLabourMarketVocabulary(task.vocabulary);
      const value = parseImportFile(task.content, vocabulary, {
        ...(task.format ? { format: task.format } : {}),
        ...(task.heapBudgetMb ? { memoryCheck: heapCheck(task.heapBudgetMb) } : {}),
        source: task.source,
      });
      return { outcome: 'done', value };
    }
    if (held.current?.key !== task.lexiconKey) {
      if (!task.concepts) return { outcome: 'needs_lexicon' };
      held.current = { key: task.lexiconKey, lexicon: buildConceptLexicon(task.concepts) };
    }
    const vocabulary = buildImportVocabulary(held.current.lexicon, task.countries);
    return { outcome: 'done', value: readPeopleDocument(task, vocabulary) };
  } catch (error) {
    if (!(error instanceof PasserelleError)) throw error;
    const { kind, code, message, fields } = error;
    return { outcome: 'refused', error: { kind, code, message, fields } };
  }
}

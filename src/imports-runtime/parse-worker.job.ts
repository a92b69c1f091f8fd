import {
  readImportTask,
  type ImportReply,
  type ImportTask,
  type LexiconHolder,
} from './import-tasks.js';

/** This worker thread's lexicon, kept between tasks. */
const held: { current?: LexiconHolder } = {};

/** The worker's entry (piscina calls it with each task). */
export default function readInThisThread(task: ImportTask): ImportReply {
  return readImportTask(task, held);
}

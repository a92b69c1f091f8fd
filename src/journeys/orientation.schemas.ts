import { z } from 'zod';
import { ORIENTATION_LANGUAGES, ORIENTATION_TOPICS } from './orientation.js';

const country = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code');

const questionSchema = z.object({
  prompt: z.string().trim().min(1).max(500),
  choices: z.array(z.string().trim().min(1).max(300)).min(2).max(6),
  answer: z.int().min(0).max(5).describe('Index of the right choice'),
  explanation: z.string().trim().max(1000).default(''),
});

/** What an editor sends: where the module belongs and its content. */
export const moduleInputSchema = z.object({
  origin: country,
  destination: country,
  topic: z.enum(ORIENTATION_TOPICS),
  language: z.enum(ORIENTATION_LANGUAGES),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  questions: z.array(questionSchema).min(1).max(10),
  passMark: z.int().min(1).max(10),
});

/** A module as its editors see it, answer key included. */
export const moduleSchema = moduleInputSchema.extend({
  id: z.uuid(),
  partnershipId: z.uuid(),
  version: z.int(),
  updatedAt: z.iso.datetime(),
});

export const moduleListSchema = z.object({ modules: z.array(moduleSchema) });

/** A module as the person taking it sees it: no answer key. */
export const moduleToTakeSchema = z.object({
  id: z.uuid(),
  topic: z.enum(ORIENTATION_TOPICS),
  language: z.enum(ORIENTATION_LANGUAGES),
  version: z.int(),
  title: z.string(),
  body: z.string(),
  passMark: z.int(),
  questions: z.array(z.object({ prompt: z.string(), choices: z.array(z.string()) })),
});

const topicProgressSchema = z.object({
  topic: z.enum(ORIENTATION_TOPICS),
  attempts: z.int(),
  best: z.int(),
  passedAt: z.iso.datetime().nullable(),
});

export const progressSchema = z.object({
  topics: z.array(topicProgressSchema),
  completedAt: z.iso.datetime().nullable(),
});

/** A journey's orientation: its corridor's modules in the chosen language and the progress. */
export const journeyOrientationSchema = z.object({
  origin: z.string(),
  destination: z.string(),
  language: z.enum(ORIENTATION_LANGUAGES).nullable(),
  languages: z.array(z.enum(ORIENTATION_LANGUAGES)),
  modules: z.array(moduleToTakeSchema),
  progress: progressSchema,
});

export const answersInputSchema = z.object({
  answers: z.array(z.int().min(0).max(5)).min(1).max(10),
});

export const checkResultSchema = z.object({
  correct: z.int(),
  total: z.int(),
  passMark: z.int(),
  passed: z.boolean(),
  feedback: z.array(z.object({ correct: z.boolean(), answer: z.int(), explanation: z.string() })),
  progress: progressSchema,
});

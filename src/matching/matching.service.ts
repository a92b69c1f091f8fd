import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import {
  predictionKey,
  type PredictionKey,
  type RecognitionPrediction,
} from '../recognition/prediction.js';
import { predictRecognition } from '../recognition/prediction.store.js';
import type { TrainingModule } from '../recognition/training-module.js';
import { activeVersionId } from '../taxonomy/taxonomy-index.store.js';
import { CandidateIndex } from './candidate-index.js';
import type { MatchWeights } from './match-weights.js';
import { defaultMatchWeights } from './match-weights.js';
import {
  changesAfter,
  lastChange,
  readBridgingModules,
  readMatchCandidates,
  readPartnershipSnapshot,
  readProgrammeOpenings,
  readSkillGraphInput,
  readVacancyOpenings,
  type IndexedCandidate,
} from './matching.store.js';
import { matchingChange } from './matching.schema.js';
import { candidatePages, StringPool, vacancyOpeningPages } from './matching-load.store.js';
import type { MatchOpening } from './match-profiles.js';
import { occupationProximity } from './occupation-proximity.js';
import { buildOccupationRanker, type OccupationRanker } from './occupation-ranking.js';
import { OpeningIndex } from './opening-index.js';
import type { PartnershipSnapshot } from './partnership-snapshot.js';
import { TrainingCatalogue } from './training-catalogue.js';
import type { ScoreContext } from './score.js';
import { buildSkillGraph, type SkillGraph } from './skill-graph.js';

/**
 * The matching indexes of one database, built from it at first use and kept current by reading
 * the change log that database triggers write (drizzle/0004_matching_changes.sql): each request
 * first applies what changed since the last one, so results always reflect committed data.
 */
export class MatchingService {
  readonly openings: OpeningIndex;
  readonly candidates: CandidateIndex;
  /** Who each indexed candidate is, for access checks and shortlists. */
  readonly people = new Map<string, IndexedCandidate>();
  /** Modules of each programme, and the recognition area's bridging modules. */
  private readonly programmeModules = new Map<string, TrainingModule[]>();
  private bridging: TrainingModule[] = [];
  /**
   * The engine's predicted recognition per qualification × destination × occupation (× date),
   * emptied when a `recognition_rules` change is logged (agreements, requirements, modules or
   * qualifications changed: drizzle/0011_evidence_flow_triggers.sql).
   */
  private readonly predictions = new Map<string, Promise<RecognitionPrediction | null>>();
  private seq = 0;

  private constructor(
    private readonly db: Database,
    readonly versionId: string | undefined,
    readonly graph: SkillGraph,
    private readonly proximity = occupationProximity(graph),
  ) {
    const ctx = this.context(defaultMatchWeights);
    this.openings = new OpeningIndex(ctx);
    this.candidates = new CandidateIndex(ctx);
  }

  static async open(db: Database): Promise<MatchingService> {
    const versionId = await activeVersionId(db);
    const graph = versionId ? await skillGraphOf(db, versionId) : emptyGraph;
    const service = new MatchingService(db, versionId, graph);
    // Read the log position first: a change made while loading is applied again, harmlessly.
    service.seq = await lastChange(db);
    await service.loadAll();
    service.prepareShortlists();
    return service;
  }

  /**
   * Computes, one occupation at a time between other work, what shortlists need per occupation
   * of the vacancies loaded (its overlaps with each group of people), so that the first
   * shortlist of each occupation does not wait for it.
   */
  private prepareShortlists(): void {
    const occupations = new Set<string>();
    for (const o of this.openings.all()) if (o.occupationUri) occupations.add(o.occupationUri);
    const pending = [...occupations];
    const next = (i: number) => {
      if (i >= pending.length) return;
      this.candidates.prepare(pending[i]!);
      setImmediate(next, i + 1);
    };
    setImmediate(next, 0);
  }

  /** Ranks all occupations for a set of held skills (built at first use: ~1 s for ESCO). */
  get occupationRanker(): OccupationRanker {
    return (this.ranker ??= buildOccupationRanker(this.graph));
  }
  private ranker: OccupationRanker | undefined;

  /** A scoring context under the given weights. */
  context(weights: MatchWeights): ScoreContext {
    return { graph: this.graph, weights, proximity: this.proximity };
  }

  /** Every module that can close a skill gap: programme modules and bridging modules. */
  catalogue(): readonly TrainingModule[] {
    return this.training().modules;
  }

  /** The same modules, prepared for explaining matches (kept until a module changes). */
  training(): TrainingCatalogue {
    return (this.prepared ??= new TrainingCatalogue([
      ...this.bridging,
      ...[...this.programmeModules.values()].flat(),
    ]));
  }
  private prepared: TrainingCatalogue | undefined;

  /**
   * Every partnership and the weights they set, read at first need and kept until the change
   * log names a partnership (a partnership, its parties or its weights changed:
   * drizzle/0021_partnership_changes_for_matching.sql). A request that synced after a change
   * never sees a snapshot read before it: the sync drops it, and the next read starts after.
   */
  partnerships(): Promise<PartnershipSnapshot> {
    if (!this.snapshot) {
      const reading = readPartnershipSnapshot(this.db);
      this.snapshot = reading;
      reading.catch(() => {
        if (this.snapshot === reading) this.snapshot = undefined;
      });
    }
    return this.snapshot;
  }
  private snapshot: Promise<PartnershipSnapshot> | undefined;

  /** The engine's prediction for one pair, computed once until the recognition rules change. */
  predictedRecognition(key: PredictionKey): Promise<RecognitionPrediction | null> {
    const k = predictionKey(key);
    let found = this.predictions.get(k);
    if (!found) {
      found = predictRecognition(this.db, key);
      this.predictions.set(k, found);
      found.catch(() => this.predictions.delete(k));
    }
    return found;
  }

  /**
   * Applies the changes logged since the last sync, one pass at a time; callers that arrive
   * while a pass waits to start share it.
   */
  readonly sync = coalesced(() => this.applyChanges());

  private async applyChanges(): Promise<void> {
    for (;;) {
      const changes = await changesAfter(this.db, this.seq);
      if (changes.length === 0) return;
      const ids = (subject: string) => [
        ...new Set(changes.filter((c) => c.subject === subject).map((c) => c.subjectId)),
      ];
      if (changes.some((c) => c.subject === 'partnership')) this.snapshot = undefined;
      if (changes.some((c) => c.subject === 'recognition_rules')) {
        this.predictions.clear();
        this.bridging = await readBridgingModules(this.db);
        this.prepared = undefined;
      }
      await this.reload({
        candidates: ids('candidate'),
        vacancies: ids('vacancy'),
        programmes: ids('programme'),
      });
      this.seq = changes[changes.length - 1]!.seq;
      // Every process has read a change within the hour; older ones are of no use.
      await this.db
        .delete(matchingChange)
        .where(sql`${matchingChange.changedAt} < now() - interval '1 hour'`);
    }
  }

  /**
   * Reads every candidate and vacancy page by page (keyset pages, both kinds at once), each page's
   * rows turned into what the index keeps and dropped before the next but one is read; then
   * builds the indexes one group of rows at a time, and reads the programmes.
   */
  private async loadAll(): Promise<void> {
    const pool = new StringPool();
    const openings: MatchOpening[] = [];
    const people: IndexedCandidate[] = [];
    await Promise.all([
      (async () => {
        for await (const page of vacancyOpeningPages(this.db, this.graph, pool))
          for (const o of page) openings.push(o);
      })(),
      (async () => {
        for await (const page of candidatePages(this.db, pool))
          for (const p of page) people.push(p);
      })(),
    ]);
    this.candidates.upsertAll(people);
    for (const p of people) this.people.set(p.candidate.id, p);
    people.length = 0;
    this.openings.upsertAll(openings);
    openings.length = 0;
    await this.reload({ candidates: [], vacancies: [], programmes: null });
  }

  /** Reloads the given ids of each kind (null: all), removing those that no longer exist. */
  private async reload(what: {
    candidates: string[] | null;
    vacancies: string[] | null;
    programmes: string[] | null;
  }): Promise<void> {
    const [people, vacancies, programmes] = await Promise.all([
      readMatchCandidates(this.db, what.candidates ?? undefined),
      readVacancyOpenings(this.db, this.graph, what.vacancies ?? undefined),
      readProgrammeOpenings(this.db, what.programmes ?? undefined),
    ]);
    for (const id of what.candidates ?? []) {
      this.candidates.remove(id);
      this.people.delete(id);
    }
    this.candidates.upsertAll(people);
    for (const p of people) this.people.set(p.candidate.id, p);
    for (const id of what.vacancies ?? []) this.openings.remove(id);
    this.openings.upsertAll(vacancies);
    for (const id of what.programmes ?? []) {
      this.openings.remove(id);
      this.programmeModules.delete(id);
    }
    for (const p of programmes.openings) this.openings.upsert(p);
    for (const [id, modules] of programmes.modules) this.programmeModules.set(id, modules);
    if (what.programmes === null || what.programmes.length > 0) this.prepared = undefined;
    if (what.programmes === null) {
      this.bridging = await readBridgingModules(this.db);
      this.prepared = undefined;
    }
  }
}

const emptyGraph = buildSkillGraph({ occupations: [], relations: [], skillBroader: [] });

/** One skill graph per database and taxonomy version: building it reads every relation. */
const graphs = new WeakMap<Database, { versionId: string; graph: Promise<SkillGraph> }>();

/** The skill graph of a taxonomy version, read once per database and shared by its users. */
export function skillGraphOf(db: Database, versionId: string): Promise<SkillGraph> {
  const cached = graphs.get(db);
  if (cached?.versionId === versionId) return cached.graph;
  const graph = readSkillGraphInput(db, versionId).then(buildSkillGraph);
  graphs.set(db, { versionId, graph });
  graph.catch(() => graphs.delete(db));
  return graph;
}

const services = new WeakMap<Database, Promise<MatchingService>>();

/**
 * The matching service of a database, opened at first use, brought up to date, and opened anew
 * when the active taxonomy version changed. Callers that arrive while a check waits to start
 * share it (one version read and one change-log read for all of them, not one per request): a
 * shared check still starts after each of them arrived, so each sees every change committed
 * before its request.
 */
export function matchingFor(db: Database): Promise<MatchingService> {
  let check = checks.get(db);
  if (!check) {
    check = coalesced(() => openOrSync(db));
    checks.set(db, check);
  }
  return check();
}

const checks = new WeakMap<Database, () => Promise<MatchingService>>();

async function openOrSync(db: Database): Promise<MatchingService> {
  let opening = services.get(db);
  if (!opening || (await opening).versionId !== (await activeVersionId(db))) {
    opening = MatchingService.open(db);
    services.set(db, opening);
    opening.catch(() => services.delete(db));
  }
  const service = await opening;
  await service.sync();
  return service;
}

/**
 * `task` run one at a time; a call made while a run waits for the one before joins the waiting
 * run instead of queuing its own (a call made while a run is under way waits for the next).
 */
export function coalesced<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<unknown> = Promise.resolve();
  let waiting: Promise<T> | null = null;
  return () => {
    if (waiting) return waiting;
    const next = running
      .catch(() => undefined)
      .then(() => {
        waiting = null;
        return task();
      });
    waiting = next;
    running = next;
    return next;
  };
}

import { Aspect } from './aspect.js';
import { ComboFactors } from './combo-factors.js';
import type { CandidateConsents, CandidateFilter } from './match-filters.js';
import type { MatchWeights } from './match-weights.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { Interner } from './posting.js';
import {
  languageFactor,
  locationFactor,
  preferenceFactor,
  qualificationFactor,
} from './score-factors.js';
import { scoreFrom, type ScoreContext } from './score.js';
import type { SkillRows } from './skill-rows.js';
import { grown } from './typed-arrays.js';

/** How many queries' aspect factors and proximities are kept. */
const RECENT = 64;

/** A query's factor per aspect value, the key of its combinations' products, and the sizes. */
interface AspectFactors {
  language: Float64Array;
  qualification: Float64Array;
  preferences: Float64Array;
  location: Float64Array;
  /** 1 for the countries of residence the filter admits, else 0. */
  admitted: Float64Array;
  key: Float64Array;
  /** The aspects' sizes when computed. */
  sizes: string;
}

/**
 * The value kept in `recent` under `key` if it is still `fresh`, else a new one from `make`;
 * the value used least recently goes once more than {@link RECENT} are kept.
 */
function recall<V>(
  recent: Map<string, V>,
  key: string,
  fresh: (value: V) => boolean,
  make: () => V,
): V {
  let value = recent.get(key);
  if (value !== undefined) recent.delete(key);
  if (value === undefined || !fresh(value)) value = make();
  recent.set(key, value);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return value;
}

/** The factor aspects of a candidate, in the order a combination lists them. */
const FACTOR_ASPECTS = ['language', 'qualification', 'preferences', 'location'] as const;
/** A combination's numbers: its four factor aspect ids, then its consent bits. */
const COMBO_PARTS = FACTOR_ASPECTS.length + 1;

type AspectName = (typeof FACTOR_ASPECTS)[number] | 'occupations';

/**
 * The aspect ids of a group's candidates, per aspect, each once (in the order first seen): a
 * query bounds the group by them.
 */
type GroupAspects = Record<AspectName, number[]>;

/**
 * What the score's factors and the filters read of each indexed candidate, kept once per
 * distinct value (an {@link Aspect}): their languages, qualification, preferences, country of
 * residence and occupations, and their consents. Candidates alike in the four factor aspects and
 * in consents share a combination, which an index tags rows with: a query computes the factor
 * product of every combination once, and bounds a block of rows by the largest of its tags'.
 */
export class CandidateFactors {
  readonly aspects: Record<AspectName, Aspect<MatchCandidate>> = {
    language: new Aspect(),
    qualification: new Aspect(),
    preferences: new Aspect(),
    location: new Aspect(),
    occupations: new Aspect(),
  };
  /** Consents per slot: bit 1 partnership matching, bit 2 sharing with employers. */
  private consentBits = new Uint8Array(1024);
  private readonly groupAspects: GroupAspects[] = [];
  /** Per group, bit b set when one of its candidates has consent bits b. */
  private readonly groupConsents: number[] = [];
  private readonly combos = new Interner();
  /** Each combination's numbers ({@link COMBO_PARTS} of them), combination after combination. */
  private comboParts = new Int32Array(64 * COMBO_PARTS);
  private comboCount = 0;
  /** Queries' factor products per combination, for the last few sets of aspect factors. */
  private readonly comboFactors = new ComboFactors();
  /** The last queries' aspect factors, by what they are computed from. */
  private readonly recentFactors = new Map<string, AspectFactors>();
  /** The last queries' proximities, by kind and occupation of the opening. */
  private readonly recentProximities = new Map<
    string,
    { size: number; of: (id: number) => number }
  >();

  /** Records what the factors and filters read of the candidate in `slot`; returns its combination. */
  describe(slot: number, c: MatchCandidate, consents: CandidateConsents): number {
    const sorted = (xs: Iterable<string>) => [...xs].sort().join(',');
    const { aspects } = this;
    aspects.language.assign(
      slot,
      sorted(
        [...c.languages].map(([t, l]) => `${t}:${l}:${c.languageSkills?.get(t)?.join('') ?? ''}`),
      ),
      c,
    );
    aspects.qualification.assign(
      slot,
      `${c.eqfLevel ?? ''}|${sorted(c.recognitions.map((r) => `${r.country}:${r.outcome}`))}`,
      c,
    );
    aspects.preferences.assign(
      slot,
      `${c.residenceCountry}|${sorted(c.preferredCountries)}|${sorted(c.preferredTracks)}`,
      c,
    );
    aspects.location.assign(slot, c.residenceCountry, c);
    aspects.occupations.assign(slot, sorted(c.occupations), c);
    if (slot >= this.consentBits.length)
      this.consentBits = grown(this.consentBits, Math.max(slot + 1, this.consentBits.length * 2));
    this.consentBits[slot] = (consents.matching ? 1 : 0) | (consents.employerSharing ? 2 : 0);
    const parts = this.partsOf(slot);
    const combo = this.combos.id(parts.join(','));
    if (combo === this.comboCount) {
      if ((combo + 1) * COMBO_PARTS > this.comboParts.length)
        this.comboParts = grown(this.comboParts, 2 * this.comboParts.length);
      this.comboParts.set(parts, combo * COMBO_PARTS);
      this.comboCount++;
    }
    return combo;
  }

  /**
   * Where a candidate's row goes among its group's: by country, consents, preferences, languages
   * and qualification, so that a block's rows share their factors.
   */
  clusterOf(slot: number): number[] {
    const [language, qualification, preferences, location, consents] = this.partsOf(slot);
    return [location!, 3 - consents!, preferences!, language!, qualification!];
  }

  /** The candidate's occupations aspect: what proximity is computed from. */
  occupationsOf(slot: number): number {
    return this.aspects.occupations.ids[slot]!;
  }

  /** Adds the aspects of the candidate in `slot` to those of group `group`. */
  noteGroup(group: number, slot: number): void {
    const ids = (this.groupAspects[group] ??= {
      language: [],
      qualification: [],
      preferences: [],
      location: [],
      occupations: [],
    });
    for (const name of Object.keys(ids) as AspectName[]) {
      const id = this.aspects[name].ids[slot]!;
      if (!ids[name].includes(id)) ids[name].push(id);
    }
    this.groupConsents[group] = (this.groupConsents[group] ?? 0) | (1 << this.consentBits[slot]!);
  }

  bytes(): number {
    return (
      this.consentBits.byteLength +
      Object.values(this.aspects).reduce((sum, a) => sum + a.ids.byteLength, 0)
    );
  }

  /**
   * The factors and proximity of candidates for this opening: per combination (0 when its
   * consents, country or languages keep its candidates out of the query), at most over a block's
   * combinations and over a group's aspects, and proximity per occupations aspect.
   */
  forQuery(opening: MatchOpening, filter: CandidateFilter, ctx: ScoreContext) {
    const { weights } = ctx;
    const { aspects } = this;
    const consented = filter.audience === 'employer' ? 3 : 1;
    // The consent bits that let the query show a candidate, as a set of bits.
    let showable = 0;
    for (let bits = 0; bits < 4; bits++)
      if ((bits & consented) === consented) showable |= 1 << bits;
    const { language, qualification, preferences, location, admitted, key } = this.aspectFactors(
      opening,
      filter,
      weights,
    );
    // Sets of occupations are many: the proximity of each is computed when first needed.
    const proximity = this.proximities(opening, ctx);
    const parts = this.comboParts;
    const set = this.comboFactors.get(key, this.comboCount, (out, from, to) => {
      for (let combo = from, at = from * COMBO_PARTS; combo < to; combo++, at += COMBO_PARTS)
        out[combo] =
          (parts[at + 4]! & consented) === consented
            ? admitted[parts[at + 3]!]! *
              language[parts[at]!]! *
              qualification[parts[at + 1]!]! *
              preferences[parts[at + 2]!]! *
              location[parts[at + 3]!]!
            : 0;
    });
    const { factors, blocks } = set;
    const ofCombo = (combo: number) => factors[combo]!;
    const max = (ids: readonly number[], values: Float64Array) => {
      let most = 0;
      for (let i = 0; i < ids.length; i++) most = Math.max(most, values[ids[i]!]!);
      return most;
    };
    return {
      /** The factor product of a combination, 0 when the query may not show its candidates. */
      ofCombo,
      /** The largest factor product of the candidates of a block of group `group`. */
      ofBlock: (group: number, rows: SkillRows, block: number) =>
        blocks.of(group, rows, block, factors),
      proximityOf: proximity,
      /** The score of the candidate in `slot` at skill fit `fit`, as {@link scoreParts} gives it. */
      scoreOf: (slot: number, fit: number) =>
        scoreFrom(
          opening.kind,
          fit,
          proximity(aspects.occupations.ids[slot]!),
          language[aspects.language.ids[slot]!]!,
          qualification[aspects.qualification.ids[slot]!]!,
          preferences[aspects.preferences.ids[slot]!]!,
          location[aspects.location.ids[slot]!]!,
          weights,
        ),
      /** The largest factor product of a group's candidates, 0 when it may show none of them. */
      ofGroup: (group: number) => {
        if ((this.groupConsents[group]! & showable) === 0) return 0;
        const ids = this.groupAspects[group]!;
        return (
          max(ids.language, language) *
          max(ids.qualification, qualification) *
          max(ids.preferences, preferences) *
          max(ids.location, location)
        );
      },
      /** The largest proximity of a group's candidates. */
      proximityOfGroup: (group: number) => {
        let most = 0;
        const ids = this.groupAspects[group]!.occupations;
        for (let i = 0; i < ids.length; i++) most = Math.max(most, proximity(ids[i]!));
        return most;
      },
    };
  }

  /**
   * The factor of every language, qualification, preference and location aspect for this query
   * (0 where the filter leaves its candidates out), and the key of the combinations' products:
   * kept for the last queries by what they are computed from, while no aspect is added.
   */
  private aspectFactors(
    opening: MatchOpening,
    filter: CandidateFilter,
    weights: MatchWeights,
  ): AspectFactors {
    const { aspects } = this;
    const sizes = `${aspects.language.size},${aspects.qualification.size},${aspects.preferences.size},${aspects.location.size}`;
    const signature = [
      opening.kind,
      opening.country,
      opening.track,
      opening.minimumEqfLevel,
      opening.languages.map((l) => `${l.tag}:${l.minimum}:${l.skills?.join('') ?? ''}`).join(','),
      filter.audience,
      filter.language,
      filter.residenceCountries?.join(',') ?? '*',
      Object.values(weights).join(','),
    ].join('|');
    return recall(
      this.recentFactors,
      signature,
      (known) => known.sizes === sizes,
      () => {
        // Languages, qualifications, preferences and countries are few: each computed, all.
        const language = aspects.language.all((c) =>
          filter.language && (c.languages.get(filter.language) ?? 0) === 0
            ? 0
            : languageFactor(c, opening, weights).factor,
        );
        const qualification = aspects.qualification.all(
          (c) => qualificationFactor(c, opening, weights).factor,
        );
        const preferences = aspects.preferences.all(
          (c) => preferenceFactor(c, opening, weights).factor,
        );
        const location = aspects.location.all((c) => locationFactor(c, opening, weights).factor);
        const residences = filter.residenceCountries;
        const admitted = aspects.location.all((c) =>
          !residences || residences.includes(c.residenceCountry) ? 1 : 0,
        );
        const factors = [language, qualification, preferences, location, admitted];
        const key = new Float64Array(
          1 + factors.length + factors.reduce((n, f) => n + f.length, 0),
        );
        key[0] = filter.audience === 'employer' ? 3 : 1;
        let at = 1;
        for (const f of factors) key[at++] = f.length;
        for (const f of factors) {
          key.set(f, at);
          at += f.length;
        }
        return { language, qualification, preferences, location, admitted, key, sizes };
      },
    );
  }

  /**
   * The proximity of each occupations aspect to the opening's occupation, computed when first
   * asked for; kept for the last occupations queried, while no aspect is added.
   */
  private proximities(opening: MatchOpening, ctx: ScoreContext): (id: number) => number {
    const occupations = this.aspects.occupations;
    return recall(
      this.recentProximities,
      `${opening.kind}|${opening.occupationUri}`,
      (known) => known.size === occupations.size,
      () => ({
        size: occupations.size,
        of: occupations.values((c) =>
          opening.kind === 'programme'
            ? 0
            : ctx.proximity(c.occupations, opening.occupationUri).value,
        ),
      }),
    ).of;
  }

  private partsOf(slot: number): number[] {
    return [
      ...FACTOR_ASPECTS.map((name) => this.aspects[name].ids[slot]!),
      this.consentBits[slot]!,
    ];
  }
}

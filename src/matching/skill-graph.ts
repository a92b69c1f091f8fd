/**
 * What matching needs of the taxonomy, in memory: each occupation's ISCO code and essential and
 * optional skills, how specific each skill is, and the skill hierarchy. Built once per taxonomy
 * version from its rows (the database at start, or the reference files in benchmarks). Pure.
 */
export interface OccupationSkillProfile {
  uri: string;
  /** ISCO-08 unit group, 4 digits. */
  iscoCode: string;
  essential: readonly string[];
  optional: readonly string[];
}

export interface SkillGraph {
  occupations: ReadonlyMap<string, OccupationSkillProfile>;
  /**
   * Specificity of a skill: the inverse frequency of the skill over the occupations that need it,
   * `ln(1 + N / n)` with N occupations and n of them naming the skill (essential or optional).
   * A skill no occupation names has the highest specificity, `ln(1 + N)`.
   */
  specificity(skillUri: string): number;
  /** Broader skills of a skill (skills only, not skill groups). */
  broader: ReadonlyMap<string, readonly string[]>;
  /** Narrower skills of a skill (skills only). */
  narrower: ReadonlyMap<string, readonly string[]>;
}

export interface SkillGraphInput {
  occupations: readonly { uri: string; iscoCode: string }[];
  relations: readonly {
    occupationUri: string;
    skillUri: string;
    relation: 'essential' | 'optional';
  }[];
  /** Broader relations of the skill pillar; those whose broader concept is a group are ignored. */
  skillBroader: readonly { uri: string; broaderUri: string }[];
}

const isSkill = (uri: string) => uri.includes('/esco/skill/');

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildSkillGraph(input: SkillGraphInput): SkillGraph {
  const essential = new Map<string, string[]>();
  const optional = new Map<string, string[]>();
  const occupationsNaming = new Map<string, number>();
  for (const r of input.relations) {
    push(r.relation === 'essential' ? essential : optional, r.occupationUri, r.skillUri);
    occupationsNaming.set(r.skillUri, (occupationsNaming.get(r.skillUri) ?? 0) + 1);
  }
  const occupations = new Map<string, OccupationSkillProfile>();
  for (const o of input.occupations) {
    occupations.set(o.uri, {
      uri: o.uri,
      iscoCode: o.iscoCode,
      essential: essential.get(o.uri) ?? [],
      optional: optional.get(o.uri) ?? [],
    });
  }
  const n = Math.max(1, occupations.size);
  const broader = new Map<string, string[]>();
  const narrower = new Map<string, string[]>();
  for (const b of input.skillBroader) {
    if (!isSkill(b.uri) || !isSkill(b.broaderUri)) continue;
    push(broader, b.uri, b.broaderUri);
    push(narrower, b.broaderUri, b.uri);
  }
  const specificity = new Map(
    [...occupationsNaming].map(([uri, k]) => [uri, Math.log(1 + n / Math.max(1, k))]),
  );
  const unnamed = Math.log(1 + n);
  return {
    occupations,
    specificity: (uri) => specificity.get(uri) ?? unnamed,
    broader,
    narrower,
  };
}

/** The sectors the demo corridors prepare people for. */
export type DemoSector = 'ict' | 'health' | 'construction' | 'hospitality';

/** A real ESCO v1.1.1 occupation the demo draws candidates, vacancies and programmes from. */
export interface DemoOccupation {
  uri: string;
  label: string;
  sector: DemoSector;
}

const esco = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;

/** Corridor occupations, from reference/esco-v1.1.1 (all have essential and optional skills). */
export const DEMO_OCCUPATIONS: readonly DemoOccupation[] = [
  {
    uri: esco('f2b15a0e-e65a-438a-affb-29b9d50b77d1'),
    label: 'software developer',
    sector: 'ict',
  },
  { uri: esco('c40a2919-48a9-40ea-b506-1f34f693496d'), label: 'web developer', sector: 'ict' },
  {
    uri: esco('81480b40-a318-47f3-9b2c-56b69ed67d95'),
    label: 'ICT network administrator',
    sector: 'ict',
  },
  {
    uri: esco('8c57af09-719c-42b3-be40-6ed4946236cc'),
    label: 'database administrator',
    sector: 'ict',
  },
  {
    uri: esco('8d3e8aaa-791b-4c75-a465-f3f827028f50'),
    label: 'nurse responsible for general care',
    sector: 'health',
  },
  {
    uri: esco('05f321f8-055b-407d-bf19-e0ddabda56b7'),
    label: 'bricklayer',
    sector: 'construction',
  },
  {
    uri: esco('5dbb9cf0-b226-402c-a295-2f42ef05ff8b'),
    label: 'domestic electrician',
    sector: 'construction',
  },
  { uri: esco('ed3cf43d-c2c1-4c46-82fc-1375e27e0290'), label: 'plumber', sector: 'construction' },
  { uri: esco('7aedaa07-3884-4c5b-88f9-80997b2aa54b'), label: 'welder', sector: 'construction' },
  { uri: esco('90f75f67-495d-49fa-ab57-2f320e251d7e'), label: 'cook', sector: 'hospitality' },
  {
    uri: esco('d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471'),
    label: 'waiter/waitress',
    sector: 'hospitality',
  },
];

/** An occupation's ESCO skills: the generator's input, read from the active taxonomy version. */
export interface OccupationSkills {
  occupationUri: string;
  essential: readonly string[];
  optional: readonly string[];
  /** ESCO preferred labels of the skills, when known: training modules are named after them. */
  labels?: Readonly<Record<string, string>>;
}

/** The demo occupations that have skills in the given relations (others cannot be profiled). */
export function profiledOccupations(
  relations: readonly OccupationSkills[],
): (DemoOccupation & OccupationSkills)[] {
  const byUri = new Map(relations.map((r) => [r.occupationUri, r]));
  return DEMO_OCCUPATIONS.flatMap((o) => {
    const r = byUri.get(o.uri);
    return r && r.essential.length > 0 ? [{ ...o, ...r }] : [];
  });
}

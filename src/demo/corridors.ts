/**
 * The corridors of the demo, after the skills mobility partnerships described in the source
 * papers: ICT talent from Morocco to Belgium and from Nigeria to Lithuania, Senegal and Nigeria
 * to Belgium, Italy and the Netherlands, Tunisia to Belgium, and the harmonisation of
 * vocational qualifications between Mauritania and Senegal.
 */
export interface Corridor {
  id: string;
  /** ISO 3166-1 alpha-2 of the country of origin. */
  origin: string;
  /** ISO 3166-1 alpha-2 of the country of destination. */
  destination: string;
  sector: 'ict' | 'ict_and_engineering' | 'vocational_trades';
  /** ISCO-08 unit groups the partnership prepares people for. */
  occupations: string[];
  note: string;
}

const ict = ['2511', '2512', '2513', '2514', '2522', '3512'];
const ictAndEngineering = ['2512', '2514', '2144', '2151', '3113', '3115'];
const trades = ['7112', '7126', '7411', '7231', '6222'];

/** The demo corridors; every demo organisation sits in one of their countries. */
export const CORRIDORS: readonly Corridor[] = [
  {
    id: 'MA-BE',
    origin: 'MA',
    destination: 'BE',
    sector: 'ict',
    occupations: ict,
    note: 'ICT graduates trained for Belgian employers, home and away tracks',
  },
  {
    id: 'NG-LT',
    origin: 'NG',
    destination: 'LT',
    sector: 'ict',
    occupations: ict,
    note: 'Software developers recruited and upskilled for Lithuanian ICT firms',
  },
  ...(['SN', 'NG'] as const).flatMap((origin) =>
    (['BE', 'IT', 'NL'] as const).map((destination) => ({
      id: `${origin}-${destination}`,
      origin,
      destination,
      sector: 'ict_and_engineering' as const,
      occupations: ictAndEngineering,
      note: 'Talent placed with private employers through public employment services',
    })),
  ),
  {
    id: 'TN-BE',
    origin: 'TN',
    destination: 'BE',
    sector: 'ict',
    occupations: ict,
    note: 'Tunisian ICT profiles for Belgian shortage occupations',
  },
  {
    id: 'MR-SN',
    origin: 'MR',
    destination: 'SN',
    sector: 'vocational_trades',
    occupations: trades,
    note: 'Harmonised vocational qualifications, recognised both ways',
  },
  {
    id: 'SN-MR',
    origin: 'SN',
    destination: 'MR',
    sector: 'vocational_trades',
    occupations: trades,
    note: 'Harmonised vocational qualifications, recognised both ways',
  },
];

/** Every country on a demo corridor, origins first, in a stable order. */
export function corridorCountries(corridors: readonly Corridor[]): string[] {
  const origins = corridors.map((c) => c.origin);
  const destinations = corridors.map((c) => c.destination);
  return [...new Set([...origins, ...destinations])];
}

/** Countries people leave from on some corridor. */
export function originCountries(corridors: readonly Corridor[]): string[] {
  return [...new Set(corridors.map((c) => c.origin))];
}

/** Countries people go to on some corridor. */
export function destinationCountries(corridors: readonly Corridor[]): string[] {
  return [...new Set(corridors.map((c) => c.destination))];
}

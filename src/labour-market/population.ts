/**
 * Population of the demo countries, for health-workforce density when a request names none.
 * Mid-2023 estimates from UN World Population Prospects 2024, rounded to 0.1 million.
 */
export const POPULATION_2023: Readonly<Record<string, number>> = {
  BE: 11_800_000,
  IT: 59_000_000,
  LT: 2_900_000,
  MA: 37_800_000,
  MR: 4_900_000,
  NG: 223_800_000,
  NL: 17_900_000,
  SN: 17_800_000,
  TN: 12_500_000,
};

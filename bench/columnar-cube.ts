/**
 * The gap cube over dictionary-encoded columns: the fast path for millions of postings
 * (bench/lmi.bench.ts). Each row names a cell by small integer codes; the cube is a dense array
 * indexed by cell, so summing is one pass without hashing.
 */
export interface PostingColumns {
  length: number;
  /** Index into `dimensions.places` (a country, or one of its regions). */
  place: Uint16Array;
  /** Index into `dimensions.isco` (ISCO-08 unit groups). */
  isco: Uint16Array;
  /** Months since the first month of `dimensions.months`. */
  month: Uint16Array;
  openings: Uint32Array;
}

export interface CubeDimensions {
  places: readonly { country: string; region: string }[];
  isco: readonly string[];
  months: readonly string[];
}

/** Sums openings per place × ISCO group × month; cell (p, i, m) is at (p·I + i)·M + m. */
export function columnarCube(columns: PostingColumns, dimensions: CubeDimensions): Float64Array {
  const I = dimensions.isco.length;
  const M = dimensions.months.length;
  const cube = new Float64Array(dimensions.places.length * I * M);
  const { place, isco, month, openings } = columns;
  for (let r = 0; r < columns.length; r++) {
    cube[((place[r] as number) * I + (isco[r] as number)) * M + (month[r] as number)]! += openings[
      r
    ] as number;
  }
  return cube;
}

/** The non-empty cells of a columnar cube, for comparison with other engines. */
export function cubeCells(cube: Float64Array, dimensions: CubeDimensions) {
  const I = dimensions.isco.length;
  const M = dimensions.months.length;
  const cells: {
    country: string;
    region: string;
    isco: string;
    month: string;
    openings: number;
  }[] = [];
  cube.forEach((openings, k) => {
    if (openings === 0) return;
    const place = dimensions.places[Math.floor(k / (I * M))] as { country: string; region: string };
    cells.push({
      ...place,
      isco: dimensions.isco[Math.floor(k / M) % I] as string,
      month: dimensions.months[k % M] as string,
      openings,
    });
  });
  return cells;
}

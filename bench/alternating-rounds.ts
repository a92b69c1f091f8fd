/** One engine of a comparison: a name, and one timed run returning what it produced (a count). */
export interface TimedEngine {
  name: string;
  cube: () => Promise<number>;
}

/**
 * Round r times every engine once, the first engine of round r being engine r mod n (ours,
 * DuckDB, PostgreSQL take turns going first), as the import half alternates; medians per engine.
 */
export async function alternatingRounds(
  engines: readonly TimedEngine[],
  rounds: number,
  clock: () => number = () => performance.now(),
): Promise<{ times: Map<string, number[]>; cells: Map<string, number>; orders: string[][] }> {
  const times = new Map(engines.map((e) => [e.name, [] as number[]]));
  const cells = new Map<string, number>();
  const orders: string[][] = [];
  for (let round = 0; round < rounds; round++) {
    const shift = round % engines.length;
    const order = [...engines.slice(shift), ...engines.slice(0, shift)];
    orders.push(order.map((e) => e.name));
    for (const engine of order) {
      const start = clock();
      cells.set(engine.name, await engine.cube());
      times.get(engine.name)!.push(clock() - start);
    }
  }
  return { times, cells, orders };
}

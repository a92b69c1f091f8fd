import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '../allocation/allocation.test-support.js';
import { CliError } from '../cli/cli-context.js';
import { runCommands } from '../cli/cli.test-support.js';
import type { DatabaseHandle } from '../db/database.js';
import { candidate } from '../people/people.schema.js';
import { testEngines } from '../../test/support/database.js';
import { defaultMatchWeights } from './match-weights.js';
import { formatExplanation, matchingCommands } from './matching.cli.js';

const skill = (label: string) => ({ uri: `http://data.europa.eu/esco/skill/${label}`, label });

describe('the match command’s explanation lines', () => {
  it('GIVEN held, partial and missing skills, a language gap and a pathway THEN each is a line', () => {
    const lines = formatExplanation(
      {
        score: 40,
        rating: { value: 82, band: 'strong', attainable: 49 },
        skillFit: 0.5,
        essential: {
          held: [{ ...skill('debug software'), evidence: 'certified' }],
          partial: [{ ...skill('style sheet languages'), via: skill('Sass') }],
          missing: [skill('use software libraries')],
        },
        optional: { held: [], partial: [], missing: [] },
        proximity: { value: 0, via: null, basis: null },
        language: {
          factor: 0.6,
          languages: [{ tag: 'fr', skill: null, required: 'B1', held: null }],
        },
        qualification: { factor: 1, requiredEqfLevel: 5, heldEqfLevel: 4, recognition: 'partial' },
        preferences: { factor: 0.5, misses: ['country_not_preferred'] },
        location: { factor: 1, miss: null },
        units: {
          unit: 1000,
          earned: { essential: 1, optional: 0 },
          possible: { essential: 2, optional: 0 },
        },
        weights: defaultMatchWeights,
      },
      {
        method: 'exact',
        bound: 1,
        modules: [
          {
            id: 'm',
            title: 'Libraries',
            provider: 'Academy',
            country: 'MA',
            hours: 20,
            cost: 150,
            skills: [skill('use software libraries')],
          },
        ],
        hours: 20,
        cost: 150,
        uncoverable: [],
      },
    );
    expect(lines).toEqual([
      '    essential skills: 1 held, 1 in part, 1 missing of 3',
      '      held:    debug software',
      '      in part: style sheet languages (via Sass)',
      '      missing: use software libraries',
      '    language fr: not spoken of B1 required',
      '    qualification: EQF 4 of 5 required',
      '    recognition: partial',
      '    preference: country not preferred',
      '    training to close the gap: 1 module(s), 20 h, cost 150',
      '      - Libraries (Academy, 20 h)',
    ]);
  });
});

describe.each(testEngines())('passerelle match ($name)', (engine) => {
  let handle: DatabaseHandle;
  let people: { id: string; country: string }[];
  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
    people = await handle.db
      .select({ id: candidate.id, country: candidate.residenceCountry })
      .from(candidate)
      .orderBy(asc(candidate.id));
  });
  afterAll(() => handle.close());

  const run = (...args: string[]) => runCommands(matchingCommands, handle, ['match', ...args]);

  it('GIVEN a person of the Belgium–Morocco cohort THEN their vacancies print ranked, with or without the partnership’s weights', async () => {
    const person = people.find((p) => p.country === 'MA')!;
    const own = await run('candidate', person.id, '--limit', '3');
    expect(own).toMatch(/^1\. (strong|good|partial|weak) \d+\/100 \(\d+\.\d\) {2}\S/);
    expect(own.split('\n').filter((line) => /^\d+\. /.test(line)).length).toBeLessThanOrEqual(3);
    expect(await run('candidate', person.id, '--limit', '3', '--partnership', 'none')).toMatch(
      /^1\. /,
    );
  });

  it('GIVEN a bad partnership or an unknown id THEN an error names it and nothing prints', async () => {
    const person = people[0]!;
    await expect(run('candidate', person.id, '--partnership', 'mine')).rejects.toThrow(
      /--partnership: must be a partnership id/,
    );
    await expect(
      run('candidate', person.id, '--partnership', '00000000-0000-4000-8000-000000000999'),
    ).rejects.toThrow(/no such partnership/);
    await expect(run('vacancy', '00000000-0000-4000-8000-000000000999')).rejects.toThrow(CliError);
  });
});

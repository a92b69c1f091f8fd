import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareContract, compareTerms, type ContractTerms } from './contract-comparison.js';
import { DEFAULT_RULES, type SubstitutionTolerances } from './fair-recruitment-rules.js';

const OCCUPATIONS = ['occ:cook', 'occ:nurse', 'occ:welder'];
const termsArbitrary: fc.Arbitrary<ContractTerms> = fc.record({
  wage: fc.option(
    fc.record({
      amount: fc.double({ min: 100, max: 10_000, noNaN: true }),
      currency: fc.constantFrom('EUR', 'MAD'),
      per: fc.constantFrom('hour' as const, 'month' as const, 'year' as const),
    }),
  ),
  hoursPerWeek: fc.option(fc.double({ min: 10, max: 60, noNaN: true })),
  occupationUri: fc.option(fc.constantFrom(...OCCUPATIONS)),
  country: fc.option(fc.constantFrom('BE', 'DE')),
  city: fc.option(fc.constantFrom('Liège', 'Gent')),
});
const tolerancesArbitrary: fc.Arbitrary<SubstitutionTolerances> = fc.record({
  wageDropPercent: fc.double({ min: 0, max: 50, noNaN: true }),
  hoursRisePercent: fc.double({ min: 0, max: 50, noNaN: true }),
  occupationMustMatch: fc.boolean(),
  placeMustMatch: fc.boolean(),
});
const compare = (a: ContractTerms, b: ContractTerms, t: SubstitutionTolerances) =>
  compareTerms({ stage: 'offer', terms: a }, { stage: 'actual', terms: b }, t);

describe('contract substitution (properties)', () => {
  it('GIVEN the same terms twice THEN nothing differs and nothing is flagged', () => {
    fc.assert(
      fc.property(termsArbitrary, tolerancesArbitrary, (terms, t) => {
        const result = compare(terms, structuredClone(terms), t);
        expect(result.differences).toEqual([]);
        expect(result.substitution).toBe(false);
      }),
    );
  });

  it('GIVEN a monthly wage cut beyond the tolerated drop THEN substitution is flagged on the wage', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        termsArbitrary,
        tolerancesArbitrary,
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        (terms, t, extra) => {
          const offer = {
            ...terms,
            wage: { amount: 2000, currency: 'EUR', per: 'month' as const },
          };
          const cut = (t.wageDropPercent + extra) / 100;
          if (cut >= 1) return;
          const actual = { ...offer, wage: { ...offer.wage, amount: 2000 * (1 - cut) } };
          const result = compare(offer, actual, t);
          expect(result.substitution).toBe(true);
          expect(result.differences.find((d) => d.field === 'wage')?.reason).toBe('wage_cut');
          checked += 1;
        },
      ),
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('GIVEN a higher wage and fewer hours in the same job and place THEN nothing is flagged', () => {
    fc.assert(
      fc.property(
        termsArbitrary,
        tolerancesArbitrary,
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (terms, t, raise, fewer) => {
          const later: ContractTerms = {
            ...terms,
            // Monthly wages: a raise stays a raise whatever the hours.
            wage: terms.wage && { ...terms.wage, per: 'month', amount: terms.wage.amount * raise },
            hoursPerWeek: terms.hoursPerWeek && terms.hoursPerWeek * fewer,
          };
          const earlier: ContractTerms = {
            ...terms,
            wage: terms.wage && { ...terms.wage, per: 'month' },
          };
          expect(compare(earlier, later, t).substitution).toBe(false);
        },
      ),
    );
  });

  it('GIVEN looser tolerances THEN no field is flagged that the stricter ones let through', () => {
    fc.assert(
      fc.property(
        termsArbitrary,
        termsArbitrary,
        tolerancesArbitrary,
        fc.double({ min: 0, max: 30, noNaN: true }),
        (a, b, strict, slack) => {
          const loose = {
            ...strict,
            wageDropPercent: strict.wageDropPercent + slack,
            hoursRisePercent: strict.hoursRisePercent + slack,
            occupationMustMatch: false,
            placeMustMatch: false,
          };
          const flagged = (t: SubstitutionTolerances) =>
            new Set(
              compare(a, b, t)
                .differences.filter((d) => d.beyondTolerance)
                .map((d) => d.field),
            );
          const [strictFlags, looseFlags] = [flagged(strict), flagged(loose)];
          for (const field of looseFlags) expect(strictFlags.has(field)).toBe(true);
        },
      ),
    );
  });

  it('GIVEN any two versions THEN the substitution flag is exactly "some field beyond tolerance"', () => {
    fc.assert(
      fc.property(termsArbitrary, termsArbitrary, tolerancesArbitrary, (a, b, t) => {
        const result = compare(a, b, t);
        expect(result.substitution).toBe(result.differences.some((d) => d.beyondTolerance));
        for (const d of result.differences) expect(d.reason !== null).toBe(d.beyondTolerance);
      }),
    );
  });
});

describe('contract substitution (cases)', () => {
  const offer: ContractTerms = {
    wage: { amount: 2000, currency: 'EUR', per: 'month' },
    hoursPerWeek: 38,
    occupationUri: 'occ:cook',
    country: 'BE',
    city: 'Liège',
  };
  const t = DEFAULT_RULES.tolerances;

  it.each([
    ['a 5 % cut (at the tolerance)', { wage: { ...offer.wage!, amount: 1900 } }, false],
    ['a 6 % cut', { wage: { ...offer.wage!, amount: 1880 } }, true],
    ['10 % more hours (at the tolerance)', { hoursPerWeek: 41.8 }, false],
    ['15 % more hours', { hoursPerWeek: 43.7 }, true],
    ['another occupation', { occupationUri: 'occ:nurse' }, true],
    ['another city in the same country', { city: 'Gent' }, false],
    ['another country', { country: 'DE' }, true],
    ['a wage in another currency', { wage: { ...offer.wage!, currency: 'MAD' } }, true],
    [
      'an hourly wage worth the same month',
      { wage: { amount: 2000 / ((38 * 52) / 12), currency: 'EUR', per: 'hour' as const } },
      false,
    ],
  ])('GIVEN %s THEN substitution is %s', (_, change, expected) => {
    expect(compare(offer, { ...offer, ...change }, t).substitution).toBe(expected);
  });

  it('GIVEN two steps each within tolerance but not overall THEN the offer-to-actual pair flags it', () => {
    const signed = { ...offer, wage: { ...offer.wage!, amount: 1920 } };
    const actual = { ...offer, wage: { ...offer.wage!, amount: 1840 } };
    const result = compareContract({ offer, signed, actual }, t);
    expect(result.map((c) => `${c.from}→${c.to}:${c.substitution}`)).toEqual([
      'offer→signed:false',
      'offer→actual:true',
      'signed→actual:false',
    ]);
  });
});

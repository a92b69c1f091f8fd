import type { ComplianceLine } from './fair-recruitment-report.js';

/** An employer's or recruiter's figures as a reader is given them (docs/protection.md#compliance-and-suspension). */
export interface ComplianceFigures {
  placements: number | null;
  substitutionFlags: number | null;
  feesChargedToWorkers: number | null;
  employerPaysBreaches: number | null;
  amountsChargedToWorkers: Record<string, number> | null;
  grievancesUpheld: number | null;
  /** Facts about the organisation, always given: it has such flags, it broke such a rule. */
  flags: { substitution: boolean; employerPaysBreached: boolean; grievanceUpheld: boolean };
  /** Whether any figure was withheld for small counts. */
  suppressed: boolean;
}

/** Every figure of the line, nothing withheld (coordinators, the organisation itself, the CLI). */
export function allComplianceFigures(line: ComplianceLine, upheld: number): ComplianceFigures {
  return {
    placements: line.placements,
    substitutionFlags: line.substitutionFlags,
    feesChargedToWorkers: line.feesChargedToWorkers,
    employerPaysBreaches: line.employerPaysBreaches,
    amountsChargedToWorkers: line.amountsChargedToWorkers,
    grievancesUpheld: upheld,
    flags: {
      substitution: line.substitutionFlags > 0,
      employerPaysBreached: line.employerPaysBreaches > 0,
      grievanceUpheld: upheld > 0,
    },
    suppressed: false,
  };
}

/**
 * The line's figures for a reader who does not manage the partnership and is not the
 * organisation: what workers paid, and counts of people, need `threshold` people behind them (one
 * placement's amount is that person's fee); counts of violations are given at zero (the flags
 * say as much) or from `threshold` up; the flags themselves are always given. Pure.
 */
export function suppressSmallComplianceFigures(
  line: ComplianceLine,
  upheld: number,
  threshold: number,
): ComplianceFigures {
  const all = allComplianceFigures(line, upheld);
  const enough = (n: number) => n >= threshold;
  const violations = (n: number, people: number) => (n === 0 || enough(people) ? n : null);
  const { workers } = line;
  const moneyShown =
    enough(workers.all) && Object.values(workers.whoPaidIn).every((n) => enough(n));
  const figures = {
    placements: enough(line.placements) ? line.placements : null,
    substitutionFlags: violations(line.substitutionFlags, line.substitutionFlags),
    feesChargedToWorkers:
      enough(workers.all) && (workers.whoPaid === 0 || enough(workers.whoPaid))
        ? line.feesChargedToWorkers
        : null,
    employerPaysBreaches: violations(line.employerPaysBreaches, workers.withBreaches),
    amountsChargedToWorkers: moneyShown ? line.amountsChargedToWorkers : null,
    grievancesUpheld: violations(upheld, upheld),
  };
  const suppressed = Object.values(figures).some((v) => v === null);
  return { ...figures, flags: all.flags, suppressed };
}

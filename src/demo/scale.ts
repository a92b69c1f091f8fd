/** How much demo data to generate. */
export type DemoScale = 'small' | 'medium' | 'large';
export const DEMO_SCALES = ['small', 'medium', 'large'] as const;

/** The counts a scale stands for. */
export interface ScaleCounts {
  /** Employers per destination country. */
  employersPerDestination: number;
  /** Employers per origin country (home-track jobs). */
  employersPerOrigin: number;
  /** Training providers per origin country. */
  trainingProvidersPerOrigin: number;
  /** Training providers per destination country (bridging courses). */
  trainingProvidersPerDestination: number;
  /** Individual migrant workers (candidates) besides the demo candidate. */
  candidates: number;
  /** Users per staff role besides the one demo login of that role. */
  extraUsersPerRole: number;
}

/** The counts of each scale: small for a quick demo, large for benchmarks. */
export const SCALE_COUNTS: Record<DemoScale, ScaleCounts> = {
  small: {
    employersPerDestination: 2,
    employersPerOrigin: 1,
    trainingProvidersPerOrigin: 1,
    trainingProvidersPerDestination: 0,
    candidates: 6,
    extraUsersPerRole: 0,
  },
  medium: {
    employersPerDestination: 6,
    employersPerOrigin: 3,
    trainingProvidersPerOrigin: 3,
    trainingProvidersPerDestination: 1,
    candidates: 60,
    extraUsersPerRole: 3,
  },
  large: {
    employersPerDestination: 25,
    employersPerOrigin: 10,
    trainingProvidersPerOrigin: 8,
    trainingProvidersPerDestination: 3,
    candidates: 600,
    extraUsersPerRole: 10,
  },
};

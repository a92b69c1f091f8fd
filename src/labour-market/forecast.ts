/**
 * Forecasts of a monthly series (docs/labour-market.md, forecasts): additive Holt-Winters
 * seasonal exponential smoothing with its parameters chosen by one-step squared error, and
 * prediction intervals from the ETS(A,A,A) variance formula. Short series fall back to
 * seasonal-naive (≥ 13 months) or naive forecasts, with the same interval construction.
 */
export const SEASON = 12;
const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;

export interface ForecastStep {
  /** Steps ahead (1 = the month after the last observed one). */
  step: number;
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface Forecast {
  method: 'holt_winters' | 'seasonal_naive' | 'naive';
  parameters: { alpha: number; beta: number; gamma: number } | null;
  /** Standard deviation of the one-step errors. */
  sigma: number;
  steps: ForecastStep[];
}

interface Fit {
  alpha: number;
  beta: number;
  gamma: number;
  level: number;
  trend: number;
  seasonal: number[];
  sse: number;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Runs the smoothing recursions through the series and returns the final state. */
function smooth(y: readonly number[], alpha: number, beta: number, gamma: number): Fit {
  let level = mean(y.slice(0, SEASON));
  let trend = (mean(y.slice(SEASON, 2 * SEASON)) - level) / SEASON;
  const seasonal = y.slice(0, SEASON).map((v) => v - level);
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const value = y[t] as number;
    const s = seasonal[t % SEASON] as number;
    const error = value - (level + trend + s);
    sse += error * error;
    const previous = level;
    level = alpha * (value - s) + (1 - alpha) * (level + trend);
    trend = beta * (level - previous) + (1 - beta) * trend;
    seasonal[t % SEASON] = gamma * (value - level) + (1 - gamma) * s;
  }
  return { alpha, beta, gamma, level, trend, seasonal, sse };
}

const ALPHAS = [0.05, 0.2, 0.4, 0.6, 0.8];
const BETAS = [0.01, 0.05, 0.15, 0.3];
const GAMMAS = [0.05, 0.2, 0.4, 0.6];

/** The Holt-Winters fit with the smallest one-step squared error over a parameter grid. */
export function fitHoltWinters(y: readonly number[]): Fit {
  let best: Fit | undefined;
  for (const a of ALPHAS)
    for (const b of BETAS)
      for (const g of GAMMAS) {
        const fit = smooth(y, a, b, g);
        if (!best || fit.sse < best.sse) best = fit;
      }
  return best as Fit;
}

function interval(step: number, center: number, sd: number): ForecastStep {
  const m = Math.max(0, center);
  return {
    step,
    mean: m,
    lower80: Math.max(0, center - Z80 * sd),
    upper80: Math.max(0, center + Z80 * sd),
    lower95: Math.max(0, center - Z95 * sd),
    upper95: Math.max(0, center + Z95 * sd),
  };
}

/** Forecasts `horizon` months after the series; counts are never forecast below zero. */
export function forecastSeries(y: readonly number[], horizon = 12): Forecast {
  if (y.length === 0) throw new RangeError('cannot forecast an empty series');
  if (y.length >= 2 * SEASON) {
    const fit = fitHoltWinters(y);
    const sigma = Math.sqrt(fit.sse / y.length);
    const steps: ForecastStep[] = [];
    let cumulative = 1;
    for (let h = 1; h <= horizon; h++) {
      if (h > 1) {
        const j = h - 1;
        const c = fit.alpha * (1 + j * fit.beta) + (j % SEASON === 0 ? fit.gamma : 0);
        cumulative += c * c;
      }
      const s = fit.seasonal[(y.length + h - 1) % SEASON] as number;
      steps.push(interval(h, fit.level + h * fit.trend + s, sigma * Math.sqrt(cumulative)));
    }
    const parameters = { alpha: fit.alpha, beta: fit.beta, gamma: fit.gamma };
    return { method: 'holt_winters', parameters, sigma, steps };
  }
  if (y.length > SEASON) {
    const errors = y.slice(SEASON).map((v, i) => v - (y[i] as number));
    const sigma = Math.sqrt(mean(errors.map((e) => e * e)));
    const steps = Array.from({ length: horizon }, (_, i) => {
      const h = i + 1;
      const k = Math.floor((h - 1) / SEASON) + 1;
      const last = y[y.length - SEASON + ((h - 1) % SEASON)] as number;
      return interval(h, last, sigma * Math.sqrt(k));
    });
    return { method: 'seasonal_naive', parameters: null, sigma, steps };
  }
  const errors = y.slice(1).map((v, i) => v - (y[i] as number));
  const sigma = errors.length ? Math.sqrt(mean(errors.map((e) => e * e))) : 0;
  const last = y[y.length - 1] as number;
  const steps = Array.from({ length: horizon }, (_, i) =>
    interval(i + 1, last, sigma * Math.sqrt(i + 1)),
  );
  return { method: 'naive', parameters: null, sigma, steps };
}

/** Seasonal-naive point forecasts: the value of the same month a year before. */
export function seasonalNaive(y: readonly number[], horizon: number): number[] {
  return Array.from({ length: horizon }, (_, i) => {
    const back = y.length - SEASON + (i % SEASON);
    return (y[back] ?? y[y.length - 1]) as number;
  });
}

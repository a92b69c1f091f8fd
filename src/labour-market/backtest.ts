import { forecastSeries, SEASON, seasonalNaive } from './forecast.js';

/**
 * Rolling-origin backtest (docs/labour-market.md): from each origin the model is refitted on the
 * months before it and forecasts up to `horizon` months ahead; errors are scored as MASE (scaled
 * by the in-sample seasonal-naive error) and sMAPE, beside the seasonal-naive baseline's.
 */
export interface Accuracy {
  mase: number | null;
  smape: number;
}

export interface Backtest {
  origins: number;
  forecasts: number;
  model: Accuracy;
  seasonalNaive: Accuracy;
}

/** Symmetric absolute percentage error of one forecast (0 when both are 0), in percent. */
export function smapeTerm(actual: number, forecast: number): number {
  const den = Math.abs(actual) + Math.abs(forecast);
  return den === 0 ? 0 : (200 * Math.abs(actual - forecast)) / den;
}

/** Mean absolute seasonal difference of the training months: the MASE scale. */
export function seasonalScale(training: readonly number[]): number | null {
  const diffs = training.slice(SEASON).map((v, i) => Math.abs(v - (training[i] as number)));
  if (diffs.length === 0) return null;
  const scale = diffs.reduce((s, d) => s + d, 0) / diffs.length;
  return scale === 0 ? null : scale;
}

/** Backtests over up to `maxOrigins` final origins; null when the series is too short. */
export function rollingOriginBacktest(
  y: readonly number[],
  options: { horizon?: number; maxOrigins?: number; minTraining?: number } = {},
): Backtest | null {
  const horizon = options.horizon ?? 12;
  const minTraining = options.minTraining ?? 2 * SEASON;
  const firstOrigin = Math.max(minTraining, y.length - (options.maxOrigins ?? 12));
  if (firstOrigin >= y.length) return null;
  const scale = seasonalScale(y.slice(0, firstOrigin));
  let modelAbs = 0;
  let naiveAbs = 0;
  let modelSmape = 0;
  let naiveSmape = 0;
  let forecasts = 0;
  for (let origin = firstOrigin; origin < y.length; origin++) {
    const training = y.slice(0, origin);
    const h = Math.min(horizon, y.length - origin);
    const model = forecastSeries(training, h).steps.map((s) => s.mean);
    const naive = seasonalNaive(training, h);
    for (let i = 0; i < h; i++) {
      const actual = y[origin + i] as number;
      modelAbs += Math.abs(actual - (model[i] as number));
      naiveAbs += Math.abs(actual - (naive[i] as number));
      modelSmape += smapeTerm(actual, model[i] as number);
      naiveSmape += smapeTerm(actual, naive[i] as number);
      forecasts++;
    }
  }
  const mase = (abs: number) => (scale === null ? null : abs / forecasts / scale);
  return {
    origins: y.length - firstOrigin,
    forecasts,
    model: { mase: mase(modelAbs), smape: modelSmape / forecasts },
    seasonalNaive: { mase: mase(naiveAbs), smape: naiveSmape / forecasts },
  };
}

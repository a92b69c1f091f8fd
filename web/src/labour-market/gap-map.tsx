import { useMemo } from 'react';
import * as echarts from 'echarts';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { EChart } from './echart';
import type { GapRow } from './lmi-api';

let registered = false;
function registerWorld() {
  if (registered) return;
  const topology = world as unknown as { objects: { countries: unknown } };
  echarts.registerMap('world', feature(topology, topology.objects.countries) as never);
  registered = true;
}

/** World map coloured by the gap ratio of each country's latest month (ISO names matched). */
export function GapMap({ rows }: { rows: GapRow[] }) {
  const { t } = useTranslation();
  const countries = useApi<{ countries: { alpha2: string; name: string }[] }>(
    '/api/taxonomy/countries',
  );
  const option = useMemo(() => {
    registerWorld();
    const names = new Map(
      countries.status === 'ok' ? countries.data.countries.map((c) => [c.alpha2, c.name]) : [],
    );
    const latest = new Map<string, { month: string; demand: number; supply: number }>();
    for (const r of rows) {
      if (r.region !== '') continue;
      const now = latest.get(r.country);
      if (!now || r.month > now.month)
        latest.set(r.country, { month: r.month, demand: r.demand, supply: r.supply });
      else if (r.month === now.month) {
        now.demand += r.demand;
        now.supply += r.supply;
      }
    }
    const data = [...latest].map(([code, f]) => ({
      name: names.get(code) ?? code,
      value: f.supply > 0 ? Math.round((f.demand / f.supply) * 100) / 100 : 2,
    }));
    return {
      tooltip: { trigger: 'item' },
      visualMap: {
        min: 0.5,
        max: 1.5,
        text: [t('lmi.shortage'), t('lmi.surplus')],
        inRange: { color: ['#2c7bb6', '#ffffbf', '#d7191c'] },
        calculable: true,
      },
      series: [{ type: 'map', map: 'world', roam: true, name: t('lmi.ratio'), data }],
    };
  }, [rows, countries, t]);
  return <EChart option={option} label={t('lmi.mapLabel')} height={380} />;
}

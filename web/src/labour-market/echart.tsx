import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';

/** An ECharts chart filling its box, redrawn when the option changes. */
export function EChart({
  option,
  label,
  height = 320,
}: {
  option: echarts.EChartsCoreOption;
  label: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

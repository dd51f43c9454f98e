/** Stacked bars by year (Apache ECharts, only the parts it needs): agreements by kind, trainees by mode. */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useFormat } from '../i18n/format';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const PALETTE = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#475569'];

export interface YearSeries {
  key: string;
  name: string;
  /** Value per year, in the order of `years`. */
  data: number[];
}

export default function YearChart({ years, series, label, onYearClick }: { years: number[]; series: YearSeries[]; label: string; onYearClick?: (year: number) => void }) {
  const fmt = useFormat();
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description: label } },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => fmt.number(v) },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => fmt.number(v) } },
      series: series.map((s, i) => ({ type: 'bar', stack: 'total', name: s.name, data: s.data, barMaxWidth: 36, itemStyle: { color: PALETTE[i % PALETTE.length] } })),
    }),
    [years, series, label, fmt],
  );
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: 280, width: '100%' }}
        onEvents={{
          click: (params: { name?: string }) => {
            const year = Number(params.name);
            if (onYearClick && Number.isInteger(year)) onYearClick(year);
          },
        }}
      />
    </div>
  );
}

/** Bar and line charts of the reports (Apache ECharts, only the parts they need). */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useFormat } from '../i18n/format';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  values: number[];
  kind?: 'bar' | 'line';
  stack?: string;
}

export default function ReportChart({ categories, series, horizontal = false, height = 260 }: { categories: string[]; series: Series[]; horizontal?: boolean; height?: number }) {
  const fmt = useFormat();
  const option = useMemo(() => {
    const categoryAxis = { type: 'category', data: categories, axisTick: { show: false } };
    const valueAxis = { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => fmt.number(v) } };
    return {
      grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
      legend: series.length > 1 ? { top: 0 } : undefined,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => fmt.number(v) },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s) => ({ type: s.kind ?? 'bar', name: s.name, data: s.values, stack: s.stack, barMaxWidth: 24 })),
      aria: { enabled: true },
    };
  }, [categories, series, horizontal, fmt]);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />;
}

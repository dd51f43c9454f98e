/** Bar chart of published listings by type (Apache ECharts, only the parts it needs). */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { LISTING_TYPES } from '../../domain/shared/vocab';
import type { ListingType } from '../api/types';
import { useFormat } from '../i18n/format';
import { TYPE_COLORS, useEnumLabel } from './Labels';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export default function TypeChart({ byType }: { byType: Partial<Record<ListingType, number>> }) {
  const label = useEnumLabel();
  const fmt = useFormat();
  const navigate = useNavigate();
  const option = useMemo(() => {
    const types = [...LISTING_TYPES].reverse();
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => fmt.number(v) },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => fmt.number(v) } },
      yAxis: {
        type: 'category',
        data: types.map((type) => label('listingType', type)),
        axisTick: { show: false },
        axisLabel: { color: '#334155', fontSize: 12 },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: types.map((type) => ({
            value: byType[type] ?? 0,
            itemStyle: { color: TYPE_COLORS[type], borderRadius: [0, 4, 4, 0] },
            type,
          })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => fmt.number(p.value) },
        },
      ],
      aria: { enabled: true },
    };
  }, [byType, label, fmt]);

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 300, width: '100%' }}
      onEvents={{
        click: (params: { data?: { type?: string } }) => {
          if (params.data?.type) void navigate(`/listings?type=${params.data.type}`);
        },
      }}
    />
  );
}

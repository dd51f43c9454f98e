/**
 * Feedback precision (relevant / judged) per type of the listing the matches were for, as a bar chart
 * (Apache ECharts, only the parts it needs; loaded with the admin page).
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingStatus } from '../../api/matching';
import { TYPE_COLORS } from '../../components/Labels';
import { useFormat } from '../../i18n/format';
import { useMatchingLabels, usePercent } from '../labels';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type ByType = MatchingStatus['feedback']['byType'];

export default function PrecisionChart({ byType }: { byType: ByType }) {
  const { t } = useTranslation();
  const labels = useMatchingLabels();
  const percent = usePercent();
  const fmt = useFormat();
  const option = useMemo(() => {
    const rows = byType.filter((r) => r.precision !== null).reverse();
    return {
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const r = rows[p.dataIndex];
          if (!r) return '';
          return `${labels.targetType(r.type)}<br/>${t('matching.admin.feedback.tooltip', { precision: percent(r.precision ?? 0), relevant: fmt.number(r.relevant), notRelevant: fmt.number(r.notRelevant) })}`;
        },
      },
      xAxis: { type: 'value', min: 0, max: 1, axisLabel: { hideOverlap: true, formatter: (v: number) => percent(v) } },
      yAxis: {
        type: 'category',
        data: rows.map((r) => labels.targetType(r.type)),
        axisTick: { show: false },
        axisLabel: { color: '#334155', fontSize: 12 },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: rows.map((r) => ({
            value: r.precision ?? 0,
            itemStyle: { color: TYPE_COLORS[r.type as keyof typeof TYPE_COLORS] ?? '#0891b2', borderRadius: [0, 4, 4, 0] },
          })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => percent(p.value) },
        },
      ],
      aria: { enabled: true },
    };
  }, [byType, labels, percent, fmt, t]);
  const height = Math.max(120, 40 * byType.length + 32);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />;
}

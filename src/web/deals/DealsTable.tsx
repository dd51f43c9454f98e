/** The pipeline as a table: server-side sorting, stage and type filters, and paging. */
import { Button, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEAL_STAGES, DEAL_TYPES, type DealSort, type DealStage, type DealType } from '../../domain/deals/vocab';
import type { DealFilters, DealListDto, DealSummaryDto } from '../api/deals';
import { useFormat } from '../i18n/format';
import { StageTag, ValueText, partnerNames, useEventTitle } from './DealBits';
import { DealTypeLabel } from './DealTypeLabel';

const SORTS: Record<string, { ascend?: DealSort; descend?: DealSort }> = {
  title: { ascend: 'title_asc' },
  value: { ascend: 'value_asc', descend: 'value_desc' },
  expectedCloseOn: { ascend: 'expected_close_asc' },
  updatedAt: { descend: 'updated_desc' },
};

export function DealsTable({ data, filters, onChange, onOpen }: { data: DealListDto; filters: DealFilters; onChange: (next: Partial<DealFilters>) => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const eventTitle = useEventTitle();
  const sortOrder = (key: string) => {
    const s = SORTS[key];
    return filters.sort && s?.ascend === filters.sort ? 'ascend' : filters.sort && s?.descend === filters.sort ? 'descend' : null;
  };
  const columns: TableProps<DealSummaryDto>['columns'] = [
    {
      key: 'title',
      title: t('deals.field.title'),
      sorter: true,
      sortOrder: sortOrder('title'),
      sortDirections: ['ascend'],
      render: (_v, deal) => (
        <Button type="link" onClick={() => onOpen(deal.id)} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}>
          {deal.title}
        </Button>
      ),
    },
    {
      key: 'stage',
      title: t('deals.field.stage'),
      filters: DEAL_STAGES.map((s) => ({ value: s, text: t(`deals.stage.${s}`) })),
      filteredValue: filters.stage ?? null,
      render: (_v, deal) => <StageTag stage={deal.stage} />,
    },
    {
      key: 'type',
      title: t('deals.field.type'),
      filters: DEAL_TYPES.map((s) => ({ value: s, text: t(`deals.type.${s}`) })),
      filteredValue: filters.type ?? null,
      render: (_v, deal) => <DealTypeLabel type={deal.type} />,
    },
    { key: 'parties', title: t('deals.field.parties'), render: (_v, deal) => partnerNames(deal) },
    { key: 'event', title: t('deals.field.event'), responsive: ['lg'], render: (_v, deal) => eventTitle(deal.event) },
    { key: 'value', title: t('deals.field.value'), sorter: true, sortOrder: sortOrder('value'), align: 'end', render: (_v, deal) => <ValueText value={deal.value} /> },
    { key: 'expectedCloseOn', title: t('deals.field.expectedCloseOn'), sorter: true, sortOrder: sortOrder('expectedCloseOn'), sortDirections: ['ascend'], responsive: ['md'], render: (_v, deal) => fmt.date(deal.expectedCloseOn) },
    { key: 'updatedAt', title: t('deals.field.updatedAt'), sorter: true, sortOrder: sortOrder('updatedAt'), sortDirections: ['descend'], responsive: ['md'], render: (_v, deal) => fmt.date(deal.updatedAt) },
  ];
  return (
    <Table<DealSummaryDto>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data.items}
      scroll={{ x: 900 }}
      pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
      onChange={(pagination, tableFilters, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        const key = String(one?.columnKey ?? '');
        const sort = one?.order ? SORTS[key]?.[one.order] : undefined;
        onChange({
          page: pagination.current ?? 1,
          pageSize: pagination.pageSize ?? 50,
          stage: ((tableFilters.stage ?? []) as DealStage[]).length ? (tableFilters.stage as DealStage[]) : undefined,
          type: ((tableFilters.type ?? []) as DealType[]).length ? (tableFilters.type as DealType[]) : undefined,
          sort,
        });
      }}
    />
  );
}

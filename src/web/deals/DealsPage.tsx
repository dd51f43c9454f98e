/** /deals: the pipeline of the caller's organisations as a board or a table, with filters and export. */
import { DownloadOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Segmented, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEAL_SORTS, DEAL_STAGES, DEAL_TYPES, type DealSort, type DealStage, type DealType } from '../../domain/deals/vocab';
import { type DealFilters, dealExportUrl, useDeals } from '../api/deals';
import { ErrorResult } from '../components/ErrorState';
import { RequireUser } from '../components/Guards';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { DealDrawer } from './DealDrawer';
import { DealFilterBar } from './DealFilters';
import { DealForm } from './DealForm';
import { DealsKanban } from './DealsKanban';
import { DealsTable } from './DealsTable';
import { ExchangeRatesDrawer } from './ExchangeRates';
import './deals.css';
import { useState } from 'react';

/** The board shows this many deals (the most recently changed); the table pages through all. */
const BOARD_SIZE = 200;

function readFilters(params: URLSearchParams): DealFilters {
  const list = <T extends string>(name: string, allowed: readonly T[]) => params.getAll(name).filter((v): v is T => (allowed as readonly string[]).includes(v));
  const num = (name: string) => (params.get(name) && /^\d+$/.test(params.get(name) ?? '') ? Number(params.get(name)) : undefined);
  const str = (name: string) => params.get(name) || undefined;
  const dateField = params.get('dateField');
  const sort = params.get('sort');
  const stage = list<DealStage>('stage', DEAL_STAGES);
  const type = list<DealType>('type', DEAL_TYPES);
  return {
    ...(stage.length ? { stage } : {}),
    ...(type.length ? { type } : {}),
    eventId: str('eventId'),
    organisationId: str('organisationId'),
    q: str('q'),
    dateField: dateField === 'expected_close' || dateField === 'signed' ? dateField : undefined,
    from: str('from'),
    to: str('to'),
    minValue: num('minValue'),
    maxValue: num('maxValue'),
    sort: (DEAL_SORTS as readonly string[]).includes(sort ?? '') ? (sort as DealSort) : undefined,
    page: num('page'),
    pageSize: num('pageSize'),
  };
}

function Deals({ admin, canCreate }: { admin: boolean; canCreate: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [ratesOpen, setRatesOpen] = useState(false);
  const view = params.get('view') === 'table' ? 'table' : 'kanban';
  const filters = readFilters(params);
  const { stage: _stage, page: _page, pageSize: _pageSize, sort: _sort, ...boardFilters } = filters;
  const query = useDeals(view === 'table' ? filters : { ...boardFilters, pageSize: BOARD_SIZE });
  const openId = params.get('deal');

  const update = (next: Record<string, string | number | readonly string[] | undefined | null>) => {
    const p = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      p.delete(key);
      if (Array.isArray(value)) for (const v of value) p.append(key, String(v));
      else if (value !== undefined && value !== null && value !== '') p.set(key, String(value));
    }
    setParams(p, { replace: true });
  };
  const setFilters = (next: Partial<DealFilters>) => update(next as Record<string, string | number | readonly string[] | undefined>);
  const exportItems = (['csv', 'xlsx'] as const).map((format) => ({ key: format, label: <a href={dealExportUrl(filters, format)}>{t(`deals.export.${format}`)}</a> }));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="page-title">
          {t('deals.title')}
        </Typography.Title>
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => update({ view: v === 'table' ? 'table' : undefined, page: undefined })}
            options={[
              { value: 'kanban', label: t('deals.view.kanban') },
              { value: 'table', label: t('deals.view.table') },
            ]}
          />
          <Dropdown menu={{ items: exportItems }} trigger={['click']}>
            <Button icon={<DownloadOutlined aria-hidden />}>{t('deals.export.label')}</Button>
          </Dropdown>
          <Button icon={<SwapOutlined aria-hidden />} onClick={() => setRatesOpen(true)}>
            {t('deals.rates.open')}
          </Button>
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('deals.new')}
            </Button>
          )}
        </Space>
      </Flex>
      <Typography.Paragraph className="muted">{admin ? t('deals.introAdmin') : t('deals.intro')}</Typography.Paragraph>
      <DealFilterBar filters={filters} reportingCurrency={query.data?.reportingCurrency ?? 'CNY'} onChange={setFilters} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : query.isError ? (
        <ErrorResult error={query.error} onRetry={() => void query.refetch()} />
      ) : view === 'table' ? (
        <DealsTable data={query.data} filters={filters} onChange={setFilters} onOpen={(deal) => update({ deal })} />
      ) : (
        <DealsKanban data={query.data} onOpen={(deal) => update({ deal })} />
      )}
      <DealDrawer id={openId} onClose={() => update({ deal: undefined })} />
      {creating && <DealForm deal={null} open onClose={() => setCreating(false)} onSaved={(deal) => (setCreating(false), update({ deal }))} />}
      <ExchangeRatesDrawer open={ratesOpen} onClose={() => setRatesOpen(false)} admin={admin} />
    </>
  );
}

export default function DealsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deals.title'));
  return <RequireUser>{(user) => <Deals admin={user.isPlatformAdmin} canCreate={user.memberships.length > 0} />}</RequireUser>;
}

/** The trainings registry: programmes with totals, trainees per year by mode, exports. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Select, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TRAINING_MODES, type TrainingMode } from '../../domain/trainings/vocab';
import { useCurrentUser } from '../api/auth';
import { type TrainingDto, type TrainingFilters, trainingExportUrl, useTrainingTotals, useTrainings } from '../api/registries';
import { ErrorResult } from '../components/ErrorState';
import { DemoTag } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { ConceptSelect, CountrySelect } from '../components/Pickers';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { pickText } from '../events/localised';
import { useFormat } from '../i18n/format';
import { RegistryTabs, useUrlFilters, YEAR_OPTIONS } from './bits';
import YearChart from './YearChart';

export default function TrainingsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useCurrentUser();
  const { get, set } = useUrlFilters();
  useDocumentTitle(t('registries.trainings.title'));
  const year = Number(get('year')) || undefined;
  const mode = (TRAINING_MODES as readonly string[]).includes(get('mode') ?? '') ? (get('mode') as TrainingMode) : undefined;
  const filters: TrainingFilters = { year, mode, country: get('country'), sector: get('sector'), q: get('q') };
  const list = useTrainings(filters);
  const { year: _year, ...withoutYear } = filters;
  const totals = useTrainingTotals(withoutYear);
  const thisYear = new Date().getUTCFullYear();
  const shown = year ? totals.data?.byYear.find((r) => r.year === year) : undefined;

  const chart = useMemo(() => {
    const rows = totals.data?.byYear ?? [];
    const years = rows.map((r) => r.year);
    return {
      years,
      series: [
        { key: 'batches', name: t('registries.trainings.batches'), data: rows.map((r) => r.batches) },
        { key: 'trainees', name: t('registries.trainings.trainees'), data: rows.map((r) => r.trainees) },
      ],
    };
  }, [totals.data, t]);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="page-title">
          {t('registries.trainings.title')}
        </Typography.Title>
        {user && (user.isPlatformAdmin || user.memberships.length > 0) && (
          <LinkButton to="/registries/trainings/new" type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('registries.trainings.new')}
          </LinkButton>
        )}
      </Flex>
      <RegistryTabs />
      <Typography.Paragraph type="secondary">{t('registries.trainings.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear defaultValue={filters.q} placeholder={t('registries.filter.text')} aria-label={t('registries.filter.text')} onSearch={(v) => set('q', v.trim())} style={{ width: 240 }} />
        <Select allowClear placeholder={t('registries.field.year')} aria-label={t('registries.field.year')} value={year} onChange={(v: number | undefined) => set('year', v)} options={YEAR_OPTIONS(thisYear - 15, thisYear + 1)} style={{ width: 110 }} />
        <Select allowClear placeholder={t('registries.field.mode')} aria-label={t('registries.field.mode')} value={mode} onChange={(v: string | undefined) => set('mode', v)} options={TRAINING_MODES.map((m) => ({ value: m, label: t(`registries.mode.${m}`) }))} style={{ width: 150 }} />
        <CountrySelect placeholder={t('registries.field.partnerCountry')} aria-label={t('registries.field.partnerCountry')} value={filters.country} onChange={(v) => set('country', v as string | undefined)} style={{ width: 180 }} />
        <ConceptSelect kind="sector" mode={undefined} placeholder={t('registries.field.sector')} aria-label={t('registries.field.sector')} value={filters.sector} onChange={(v) => set('sector', v as string | undefined)} style={{ width: 200 }} />
      </Space>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap style={{ marginBottom: 8 }}>
          <Statistic title={year ? t('registries.trainings.batchesIn', { year }) : t('registries.trainings.batches')} value={shown ? shown.batches : (totals.data?.batches ?? 0)} formatter={(v) => fmt.number(Number(v))} />
          <Statistic title={year ? t('registries.trainings.traineesIn', { year }) : t('registries.trainings.trainees')} value={shown ? shown.trainees : (totals.data?.trainees ?? 0)} formatter={(v) => fmt.number(Number(v))} />
        </Flex>
        {chart.years.length > 0 ? <YearChart years={chart.years} series={chart.series} label={t('registries.trainings.chart')} onYearClick={(y) => set('year', y)} /> : !totals.isPending && <Empty description={t('registries.trainings.none')} />}
      </Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('registries.shown', { count: list.data?.items.length ?? 0, total: list.data?.total ?? 0 })}</Typography.Text>
        <Space>
          <Button icon={<DownloadOutlined aria-hidden />} href={trainingExportUrl(filters, 'xlsx')}>
            XLSX
          </Button>
          <Button icon={<DownloadOutlined aria-hidden />} href={trainingExportUrl(filters, 'csv')}>
            CSV
          </Button>
        </Space>
      </Flex>
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<TrainingDto>
          rowKey="id"
          size="small"
          dataSource={list.data.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('registries.trainings.none')} /> }}
          columns={[
            {
              key: 'title',
              title: t('registries.field.title'),
              render: (_, p) => {
                const title = pickText(p.title, fmt.lang, p.defaultLanguage);
                return (
                  <>
                    <Link to={`/registries/trainings/${p.id}`} lang={title.lang}>
                      {title.text}
                    </Link>{' '}
                    <DemoTag demo={p.demo} />
                  </>
                );
              },
            },
            { key: 'organiser', title: t('registries.field.organiser'), dataIndex: 'organisationName' },
            { key: 'partners', title: t('registries.field.partners'), render: (_, p) => [...p.partnerRegions, ...p.partnerCountries.filter((c) => c !== 'CN' || !p.partnerRegions.length).map((c) => fmt.country(c))].join(' · ') },
            { key: 'period', title: t('registries.field.period'), render: (_, p) => (p.totals.firstStartsOn ? `${fmt.date(p.totals.firstStartsOn)} – ${fmt.date(p.totals.lastEndsOn)}` : '—') },
            { key: 'batches', title: t('registries.trainings.batches'), align: 'right', render: (_, p) => fmt.number(p.totals.batches) },
            { key: 'trainees', title: t('registries.trainings.trainees'), align: 'right', render: (_, p) => fmt.number(p.totals.trainees) },
          ]}
        />
      )}
    </>
  );
}

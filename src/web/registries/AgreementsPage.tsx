/** The agreements registry: filters, a chart of agreements by year and kind, the list and exports. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Select, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type AgreementKind, type AgreementStatus } from '../../domain/agreements/vocab';
import { useCurrentUser } from '../api/auth';
import { type AgreementDto, type AgreementFilters, agreementExportUrl, useAgreementStats, useAgreements } from '../api/registries';
import { ErrorResult } from '../components/ErrorState';
import { DemoTag } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { ConceptSelect, CountrySelect } from '../components/Pickers';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLocalised } from '../events/localised';
import { useFormat } from '../i18n/format';
import { AgreementKindTag, AgreementStatusTag, RegistryTabs, useUrlFilters, YEAR_OPTIONS } from './bits';
import YearChart from './YearChart';

function Title({ agreement }: { agreement: AgreementDto }) {
  const pick = useLocalised(agreement.defaultLanguage);
  const title = pick(agreement.title);
  return (
    <Link to={`/registries/agreements/${agreement.id}`} lang={title.lang}>
      {title.text}
    </Link>
  );
}

const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => (values as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

export default function AgreementsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useCurrentUser();
  const { get, set } = useUrlFilters();
  useDocumentTitle(t('registries.agreements.title'));
  const year = Number(get('year')) || undefined;
  const filters: AgreementFilters = {
    kind: oneOf<AgreementKind>(AGREEMENT_KINDS, get('kind')),
    status: oneOf<AgreementStatus>(AGREEMENT_STATUSES, get('status')),
    country: get('country'),
    sector: get('sector'),
    q: get('q'),
    year,
  };
  const list = useAgreements(filters);
  const { year: _year, ...withoutYear } = filters;
  const stats = useAgreementStats(withoutYear);
  const thisYear = new Date().getUTCFullYear();

  const chart = useMemo(() => {
    const rows = stats.data?.byYear ?? [];
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const kinds = AGREEMENT_KINDS.filter((k) => rows.some((r) => r.kind === k));
    return {
      years,
      series: kinds.map((k) => ({ key: k, name: t(`registries.kind.${k}`), data: years.map((y) => rows.find((r) => r.year === y && r.kind === k)?.count ?? 0) })),
    };
  }, [stats.data, t]);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="page-title">
          {t('registries.agreements.title')}
        </Typography.Title>
        {user && (user.isPlatformAdmin || user.memberships.length > 0) && (
          <LinkButton to="/registries/agreements/new" type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('registries.agreements.new')}
          </LinkButton>
        )}
      </Flex>
      <RegistryTabs />
      <Typography.Paragraph type="secondary">{t('registries.agreements.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={filters.q}
          placeholder={t('registries.filter.text')}
          aria-label={t('registries.filter.text')}
          onSearch={(v) => set('q', v.trim())}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={t('registries.field.kind')}
          aria-label={t('registries.field.kind')}
          data-testid="filter-kind"
          value={filters.kind}
          onChange={(v: string | undefined) => set('kind', v)}
          options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`registries.kind.${k}`) }))}
          style={{ width: 240 }}
        />
        <CountrySelect placeholder={t('registries.field.country')} aria-label={t('registries.field.country')} value={filters.country} onChange={(v) => set('country', v as string | undefined)} style={{ width: 180 }} />
        <Select allowClear placeholder={t('registries.field.year')} aria-label={t('registries.field.year')} value={year} onChange={(v: number | undefined) => set('year', v)} options={YEAR_OPTIONS(thisYear - 15, thisYear + 1)} style={{ width: 110 }} />
        <ConceptSelect kind="sector" mode={undefined} placeholder={t('registries.field.sector')} aria-label={t('registries.field.sector')} value={filters.sector} onChange={(v) => set('sector', v as string | undefined)} style={{ width: 200 }} />
        <Select
          allowClear
          placeholder={t('registries.field.status')}
          aria-label={t('registries.field.status')}
          value={filters.status}
          onChange={(v: string | undefined) => set('status', v)}
          options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`registries.status.${s}`) }))}
          style={{ width: 150 }}
        />
      </Space>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap align="center" style={{ marginBottom: 8 }}>
          <Statistic title={t('registries.agreements.total')} value={stats.data?.total ?? 0} formatter={(v) => fmt.number(Number(v))} />
          <Statistic title={t('registries.agreements.renewed')} value={stats.data?.renewals ?? 0} formatter={(v) => fmt.number(Number(v))} />
        </Flex>
        {chart.years.length > 0 ? (
          <YearChart years={chart.years} series={chart.series} label={t('registries.agreements.chart')} onYearClick={(y) => set('year', y)} />
        ) : (
          !stats.isPending && <Empty description={t('registries.agreements.none')} />
        )}
      </Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('registries.shown', { count: list.data?.items.length ?? 0, total: list.data?.total ?? 0 })}</Typography.Text>
        <Space>
          <Button icon={<DownloadOutlined aria-hidden />} href={agreementExportUrl(filters, 'xlsx')}>
            XLSX
          </Button>
          <Button icon={<DownloadOutlined aria-hidden />} href={agreementExportUrl(filters, 'csv')}>
            CSV
          </Button>
        </Space>
      </Flex>
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<AgreementDto>
          rowKey="id"
          size="small"
          dataSource={list.data.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('registries.agreements.none')} /> }}
          columns={[
            { key: 'title', title: t('registries.field.title'), render: (_, a) => (<><Title agreement={a} /> <DemoTag demo={a.demo} /></>) },
            { key: 'kind', title: t('registries.field.kind'), render: (_, a) => <AgreementKindTag kind={a.kind} /> },
            { key: 'parties', title: t('registries.field.parties'), render: (_, a) => a.parties.map((p) => p.name).join(' · ') },
            { key: 'countries', title: t('registries.field.countries'), render: (_, a) => a.countries.map((c) => fmt.country(c)).join(', ') },
            { key: 'signedOn', title: t('registries.field.signedOn'), render: (_, a) => fmt.date(a.signedOn) },
            { key: 'status', title: t('registries.field.status'), render: (_, a) => (<><AgreementStatusTag status={a.status} />{a.renewedFromId && <span className="muted">{t('registries.agreements.renewal')}</span>}</>) },
          ]}
        />
      )}
    </>
  );
}

/** Dashboards: listings, matching, meetings, deals, programmes and events, for a period and a scope. */
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DashboardParams, useDashboard } from '../api/reports';
import type { User } from '../api/types';
import { useMeta } from './useMeta';
import { RequireUser } from '../components/Guards';
import { useEnumLabel } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useErrorText } from '../components/ErrorState';
import { useFormat } from '../i18n/format';
import { LISTING_TYPES } from '../../domain/shared/vocab';
import ReportChart from './ReportChart';
import { defaultScope, ScopeSelect } from './ScopeSelect';

function ChartCard({ title, query, children }: { title: string; query: { isPending: boolean; error: unknown }; children: () => ReactNode }) {
  const errorText = useErrorText();
  return (
    <Card title={title} size="small" style={{ height: '100%' }}>
      {query.isPending ? <Spin /> : query.error ? <Alert type="error" message={errorText(query.error)} /> : children()}
    </Card>
  );
}

function Dashboards({ user }: { user: User }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const enumLabel = useEnumLabel();
  const { sectorLabel } = useMeta();
  useDocumentTitle(t('reports.title'));
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(1, 'year').add(1, 'day'), dayjs()]);
  const [scope, setScope] = useState<string | undefined>(defaultScope(user));
  const params: DashboardParams = useMemo(() => ({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), scope }), [range, scope]);
  const listings = useDashboard('listings', params);
  const matching = useDashboard('matching', params);
  const meetings = useDashboard('meetings', params);
  const deals = useDashboard('deals', params);
  const programmes = useDashboard('programmes', params);
  const events = useDashboard('events', params);
  const share = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${fmt.number(Math.round(v * 1000) / 10)} %`);
  const empty = <Empty description={t('reports.noData')} />;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker aria-label={t('reports.range')} value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
          <ScopeSelect user={user} value={scope} onChange={setScope} />
          <LinkButton to={`/reports/annual${scope ? `?scope=${scope}` : ''}`} type="primary">
            {t('reports.annualLink')}
          </LinkButton>
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ChartCard title={t('reports.charts.listingsByMonth')} query={listings}>
            {() => {
              const d = listings.data!;
              const months = [...new Set(d.byMonth.map((r) => r.month))];
              if (!months.length) return empty;
              const series = LISTING_TYPES.filter((type) => d.byMonth.some((r) => r.type === type)).map((type) => ({
                name: enumLabel('listingType', type),
                stack: 'type',
                values: months.map((m) => d.byMonth.find((r) => r.month === m && r.type === type)?.count ?? 0),
              }));
              return <ReportChart categories={months} series={series} />;
            }}
          </ChartCard>
        </Col>
        <Col xs={24} lg={6}>
          <ChartCard title={t('reports.charts.listingsBySector')} query={listings}>
            {() => (listings.data!.bySector.length ? <ReportChart horizontal categories={listings.data!.bySector.slice(0, 10).map((r) => sectorLabel(r.sector)).reverse()} series={[{ name: t('reports.charts.listingsBySector'), values: listings.data!.bySector.slice(0, 10).map((r) => r.count).reverse() }]} /> : empty)}
          </ChartCard>
        </Col>
        <Col xs={24} lg={6}>
          <ChartCard title={t('reports.charts.listingsByCountry')} query={listings}>
            {() => (listings.data!.byCountry.length ? <ReportChart horizontal categories={listings.data!.byCountry.slice(0, 10).map((r) => fmt.country(r.country)).reverse()} series={[{ name: t('reports.charts.listingsByCountry'), values: listings.data!.byCountry.slice(0, 10).map((r) => r.count).reverse() }]} /> : empty)}
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t('reports.charts.matches')} query={matching}>
            {() => {
              const d = matching.data!;
              return (
                <>
                  <Typography.Paragraph>{t('reports.charts.precision', { value: share(d.precision) })}</Typography.Paragraph>
                  {d.byMonth.length ? (
                    <ReportChart
                      categories={d.byMonth.map((r) => r.month)}
                      series={[
                        { name: t('reports.charts.matchesSeries'), values: d.byMonth.map((r) => r.matches), kind: 'line' },
                        { name: t('reports.charts.relevant'), values: d.byMonth.map((r) => r.relevant), stack: 'v' },
                        { name: t('reports.charts.notRelevant'), values: d.byMonth.map((r) => r.notRelevant), stack: 'v' },
                      ]}
                    />
                  ) : (
                    empty
                  )}
                </>
              );
            }}
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t('reports.charts.meetings')} query={meetings}>
            {() => {
              const d = meetings.data!;
              return d.byMonth.length ? (
                <ReportChart
                  categories={d.byMonth.map((r) => r.month)}
                  series={[
                    { name: t('reports.charts.requested'), values: d.byMonth.map((r) => r.requested) },
                    { name: t('reports.charts.accepted'), values: d.byMonth.map((r) => r.accepted) },
                    { name: t('reports.charts.held'), values: d.byMonth.map((r) => r.held) },
                  ]}
                />
              ) : (
                empty
              );
            }}
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t('reports.charts.deals')} query={deals}>
            {() => {
              const d = deals.data!;
              if (!d.byStage.length) return empty;
              return (
                <>
                  <ReportChart
                    categories={d.byStage.map((r) => t(`deals.stage.${r.stage}`))}
                    series={[
                      { name: t('reports.charts.dealCount'), values: d.byStage.map((r) => r.count) },
                      { name: t('reports.charts.dealValue', { currency: d.reportingCurrency }), values: d.byStage.map((r) => Math.round(r.valueMinor / 100)) },
                    ]}
                  />
                  <Statistic title={t('reports.charts.dealValue', { currency: d.reportingCurrency })} value={fmt.money(d.valueMinor / 100, d.reportingCurrency)} />
                  {d.unconverted > 0 && <Alert type="info" showIcon message={t('reports.charts.unconverted', { count: d.unconverted })} />}
                </>
              );
            }}
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t('reports.charts.programmes')} query={programmes}>
            {() => {
              const f = programmes.data!.funnel;
              const steps = ['drafted', 'submitted', 'reviewed', 'funded'] as const;
              return <ReportChart categories={steps.map((s) => t(`reports.charts.${s}`))} series={[{ name: t('reports.charts.programmes'), values: steps.map((s) => f[s]) }]} />;
            }}
          </ChartCard>
        </Col>
        <Col xs={24}>
          <ChartCard title={t('reports.charts.events')} query={events}>
            {() => {
              const d = events.data!;
              if (!d.events.length) return empty;
              return (
                <Row gutter={[16, 16]}>
                  <Col xs={24}>
                    <Space wrap size="large">
                      <Statistic title={t('reports.charts.participants')} value={fmt.number(d.participants)} />
                      <Statistic title={t('reports.charts.foreignShare')} value={share(d.foreignShare)} />
                      <Statistic title={t('reports.charts.exhibitors')} value={fmt.number(d.exhibitors)} />
                      <Statistic title={t('reports.charts.area')} value={fmt.number(d.areaSqm)} />
                      <Statistic title={t('reports.charts.viewers')} value={fmt.number(d.onlineViewers)} />
                    </Space>
                  </Col>
                  <Col xs={24} lg={14}>
                    <ReportChart
                      categories={d.events.map((e) => e.title[fmt.lang] ?? Object.values(e.title)[0] ?? '')}
                      series={[
                        { name: t('reports.charts.participants'), values: d.events.map((e) => e.participants - e.foreignParticipants), stack: 'p' },
                        { name: t('reports.charts.foreign'), values: d.events.map((e) => e.foreignParticipants), stack: 'p' },
                        { name: t('reports.charts.exhibitors'), values: d.events.map((e) => e.exhibitors) },
                      ]}
                    />
                  </Col>
                  <Col xs={24} lg={10}>
                    <Typography.Text strong>{t('reports.charts.byCountry')}</Typography.Text>
                    <ReportChart horizontal categories={d.byCountry.slice(0, 12).map((r) => fmt.country(r.country)).reverse()} series={[{ name: t('reports.charts.participants'), values: d.byCountry.slice(0, 12).map((r) => r.count).reverse() }]} />
                  </Col>
                </Row>
              );
            }}
          </ChartCard>
        </Col>
        <Col xs={24}>
          {/* INTRODUCTIONS CARD: the interests area wires src/web/interests/IntroductionsReport.tsx (GET /api/reports/introductions) here, with `params`. */}
          <Card size="small" data-slot="introductions-report">
            <Typography.Text type="secondary">{t('reports.introductionsPlaceholder')}</Typography.Text>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

export default function ReportsPage() {
  return <RequireUser>{(user) => <Dashboards user={user} />}</RequireUser>;
}

/**
 * The annual report in the viewer's language: the same i18n templates as the exports, every figure a
 * button that lists the records behind it; HTML, PDF and XLSX downloads.
 */
import { Alert, Button, Card, Drawer, InputNumber, Space, Spin, Table, Tooltip, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { annualExportUrl, type AnnualParams, type AnnualReport, type Figure, useAnnualReport, useFigureRecords } from '../api/reports';
import type { User } from '../api/types';
import { useErrorText } from '../components/ErrorState';
import { RequireUser } from '../components/Guards';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';
import { defaultScope, ScopeSelect } from './ScopeSelect';
import { useMeta } from './useMeta';

function useFigureText() {
  const fmt = useFormat();
  return (f: Figure) => (f.unit === 'money' ? fmt.money(f.value / 100, f.currency ?? 'CNY') : f.unit === 'share' ? `${fmt.number(Math.round(f.value * 1000) / 10)} %` : fmt.number(f.value));
}

/** What a figure counts, in the viewer's language (the sources are keyed by the figure's name). */
const sourceKey = (figureKey: string) => `reports.sources.${(figureKey.split(':')[0] ?? '').replace('.', '_')}`;

function FigureButtons({ figures, onOpen }: { figures: Figure[]; onOpen: (key: string) => void }) {
  const { t } = useTranslation();
  const text = useFigureText();
  return (
    <Space wrap size={4}>
      {figures.map((f) => (
        <Tooltip key={f.key} title={t(sourceKey(f.key))}>
          <Button size="small" onClick={() => onOpen(f.key)} data-figure={f.key}>
            {text(f)}
          </Button>
        </Tooltip>
      ))}
    </Space>
  );
}

function RecordsDrawer({ figureKey, params, onClose }: { figureKey: string | null; params: AnnualParams; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const records = useFigureRecords(figureKey, params);
  return (
    <Drawer open={figureKey !== null} onClose={onClose} width={720} title={t('reports.annual.records')}>
      {records.isPending ? (
        <Spin />
      ) : records.error ? (
        <Alert type="error" message={errorText(records.error)} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('reports.annual.source')}: {t(sourceKey(records.data.key))}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey={(r) => `${r.kind}:${r.id}`}
            dataSource={records.data.records}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            footer={() => t('reports.annual.recordsCount', { count: records.data.records.length })}
            columns={[
              { title: t('reports.annual.record'), dataIndex: 'label' },
              { title: t('reports.annual.date'), dataIndex: 'date', render: (d: string | null) => fmt.date(d) },
              { title: t('reports.annual.country'), dataIndex: 'country', render: (c: string | null) => fmt.country(c) },
              { title: t('reports.annual.value'), dataIndex: 'value', align: 'right', render: (v: number | null, r) => (v === null ? '—' : r.currency ? fmt.money(v / 100, r.currency) : fmt.number(v)) },
              { title: t('reports.annual.detail'), dataIndex: 'detail' },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}

function Narrative({ report, onOpen }: { report: AnnualReport; onOpen: (key: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { sectorLabel } = useMeta();
  const text = useFigureText();
  const list = (items: string[]) => (items.length ? new Intl.ListFormat(fmt.lang, { type: 'conjunction' }).format(items) : t('reports.annual.none'));
  const title = (m: Record<string, string>) => m[fmt.lang] ?? m.en ?? m['zh-Hans'] ?? Object.values(m)[0] ?? '';
  const para = (sentence: string, figures: Figure[]): ReactNode => (
    <div style={{ marginBottom: 12 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{sentence}</Typography.Paragraph>
      <FigureButtons figures={figures} onOpen={onOpen} />
    </div>
  );
  const d = report.domestic;
  const i = report.international;
  return (
    <Card>
      <Typography.Title level={3}>{t('reports.annual.domestic')}</Typography.Title>
      <Typography.Title level={5}>{t('reports.annual.agreementsHeading')}</Typography.Title>
      {para(t('reports.annual.agreements', { count: text(d.agreements), regions: list(d.agreementRegions) }), [d.agreements])}
      <Typography.Title level={5}>{t('reports.annual.trainingsHeading')}</Typography.Title>
      {d.trainings.map((line) => (
        <div key={line.id}>{para(t('reports.annual.trainingLine', { title: title(line.title), batches: text(line.batches), trainees: text(line.trainees) }), [line.batches, line.trainees])}</div>
      ))}
      {para(t('reports.annual.trainingsTotal', { batches: text(d.trainingBatches), trainees: text(d.trainees) }), [d.trainingBatches, d.trainees])}
      <Typography.Title level={5}>{t('reports.annual.projectsHeading')}</Typography.Title>
      {para(t('reports.annual.projects', { count: text(d.projects), funds: text(d.funds), sectors: list(d.projectSectors.map(sectorLabel)) }), [d.projects, d.funds])}
      <Typography.Title level={5}>{t('reports.annual.matchmakingHeading')}</Typography.Title>
      {para(
        t('reports.annual.matchmaking', { events: text(d.matchmakingEvents), organisations: text(d.matchmakingOrganisations), projects: text(d.matchmakingProjects), viewers: text(d.matchmakingViewers) }),
        [d.matchmakingEvents, d.matchmakingOrganisations, d.matchmakingProjects, d.matchmakingViewers],
      )}
      <Typography.Title level={3}>{t('reports.annual.international')}</Typography.Title>
      <Typography.Title level={5}>{t('reports.annual.networkHeading')}</Typography.Title>
      {para(t('reports.annual.intlProjects', { count: text(i.projects), countries: list(i.projectCountries.map((c) => fmt.country(c))) }), [i.projects])}
      {para(t('reports.annual.mous', { count: text(i.mousRenewed), countries: list(i.mouCountries.map((c) => fmt.country(c))) }), [i.mousRenewed])}
      {para(t('reports.annual.jointLabs', { count: text(i.jointLabs), sectors: list(i.jointLabSectors.map(sectorLabel)) }), [i.jointLabs])}
      {para(t('reports.annual.platforms', { count: text(i.platforms), countries: list(i.platformCountries.map((c) => fmt.country(c))) }), [i.platforms])}
      <Typography.Title level={5}>{t('reports.annual.flagshipHeading')}</Typography.Title>
      {i.flagshipEvents.map((e) => (
        <div key={e.id}>
          <Typography.Text strong>
            {title(e.title)} ({t('reports.annual.eventDates', { start: fmt.date(e.startsOn), end: fmt.date(e.endsOn) })})
          </Typography.Text>
          {para(t('reports.annual.eventParticipants', { participants: text(e.participants), countries: text(e.countries), share: text(e.foreignShare) }), [e.participants, e.countries, e.foreignShare])}
          {e.exhibitors.value > 0 && para(t('reports.annual.eventExhibitors', { exhibitors: text(e.exhibitors), area: text(e.areaSqm) }), [e.exhibitors, e.areaSqm])}
          {e.intentions.value > 0 && para(t('reports.annual.eventIntentions', { intentions: text(e.intentions), value: text(e.intentionValue) }), [e.intentions, e.intentionValue])}
          {e.onlineViewers.value > 0 && para(t('reports.annual.eventViewers', { viewers: text(e.onlineViewers) }), [e.onlineViewers])}
        </div>
      ))}
    </Card>
  );
}

function Annual({ user }: { user: User }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || new Date().getUTCFullYear() - 1;
  const scope = search.get('scope') ?? defaultScope(user);
  const params: AnnualParams = { year, scope, lang: fmt.lang };
  const report = useAnnualReport(params);
  const [figure, setFigure] = useState<string | null>(null);
  const update = (patch: Record<string, string>) => setSearch((prev) => ({ ...Object.fromEntries(prev), ...patch }), { replace: true });
  useDocumentTitle(t('reports.annual.title', { year }));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('reports.annual.title', { year })}
      </Typography.Title>
      <Space wrap>
        <InputNumber aria-label={t('reports.annual.year')} min={2000} max={2100} value={year} onChange={(v) => v && update({ year: String(v) })} />
        <ScopeSelect user={user} value={scope} onChange={(s) => update({ scope: s })} />
        <Button href={annualExportUrl('html', params)} target="_blank" rel="noopener">
          {t('reports.annual.printView')}
        </Button>
        <Button href={annualExportUrl('pdf', params)}>{t('reports.annual.downloadPdf')}</Button>
        <Button href={annualExportUrl('xlsx', params)}>{t('reports.annual.downloadXlsx')}</Button>
      </Space>
      {report.isPending ? (
        <Spin size="large" />
      ) : report.error ? (
        <Alert type="error" message={errorText(report.error)} />
      ) : (
        <>
          <Typography.Text type="secondary">
            {report.data.scopeName ? t('reports.annual.subtitleOrganisation', { name: report.data.scopeName }) : t('reports.annual.subtitlePlatform')} ·{' '}
            {t('reports.annual.generated', { date: fmt.date(report.data.generatedAt), currency: report.data.reportingCurrency })}
          </Typography.Text>
          <Narrative report={report.data} onOpen={setFigure} />
        </>
      )}
      <RecordsDrawer figureKey={figure} params={params} onClose={() => setFigure(null)} />
    </Space>
  );
}

export default function AnnualReportPage() {
  return <RequireUser>{(user) => <Annual user={user} />}</RequireUser>;
}

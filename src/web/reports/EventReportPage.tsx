/** The report of one event, for its organisers and platform admins. */
import { Alert, Card, Col, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useEventReport } from '../api/reports';
import { useErrorText } from '../components/ErrorState';
import { LinkButton } from '../components/LinkButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';
import ReportChart from './ReportChart';

export default function EventReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const report = useEventReport(id);
  const title = report.data ? (report.data.event.title[fmt.lang] ?? Object.values(report.data.event.title)[0] ?? '') : '';
  useDocumentTitle(t('reports.event.title', { title }));
  if (report.isPending) return <Spin size="large" />;
  if (report.error) return <Alert type="error" message={errorText(report.error)} />;
  const r = report.data;
  const share = r.event.foreignShare === null ? '—' : `${fmt.number(Math.round(r.event.foreignShare * 1000) / 10)} %`;
  const stat = (label: string, value: string) => (
    <Col xs={12} md={6}>
      <Statistic title={label} value={value} />
    </Col>
  );
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('reports.event.title', { title })}
        </Typography.Title>
        <LinkButton to={`/events/${id}`}>{title}</LinkButton>
      </Space>
      <Card>
        <Row gutter={[16, 16]}>
          {stat(t('reports.charts.participants'), fmt.number(r.event.participants))}
          {stat(t('reports.event.countries'), fmt.number(r.event.countries))}
          {stat(t('reports.charts.foreignShare'), share)}
          {stat(t('reports.event.sessions'), fmt.number(r.sessions))}
          {stat(t('reports.event.meetingsRequested'), fmt.number(r.meetings.requested))}
          {stat(t('reports.event.meetingsAccepted'), fmt.number(r.meetings.accepted))}
          {stat(t('reports.event.meetingsHeld'), fmt.number(r.meetings.held))}
          {stat(t('reports.event.withIntention'), fmt.number(r.meetings.withIntention))}
          {stat(t('reports.event.intentions'), fmt.number(r.intentions.count))}
          {stat(t('reports.event.intentionValue'), fmt.money(r.intentions.valueMinor / 100, r.reportingCurrency))}
          {stat(t('reports.event.agreementsSigned'), fmt.number(r.agreementsSigned.total))}
          {stat(t('reports.charts.exhibitors'), fmt.number(r.event.exhibitors))}
          {stat(t('reports.charts.area'), fmt.number(r.event.areaSqm))}
          {stat(t('reports.charts.viewers'), fmt.number(r.event.onlineViewers))}
        </Row>
        <Typography.Paragraph type="secondary">{t('reports.event.agreementsDetail', { deals: r.agreementsSigned.deals, registry: r.agreementsSigned.registry })}</Typography.Paragraph>
        {r.intentions.unconverted > 0 && <Alert type="info" showIcon message={t('reports.charts.unconverted', { count: r.intentions.unconverted })} />}
      </Card>
      {r.byCountry.length > 0 && (
        <Card title={t('reports.charts.byCountry')}>
          <ReportChart horizontal categories={r.byCountry.map((c) => fmt.country(c.country)).reverse()} series={[{ name: t('reports.charts.participants'), values: r.byCountry.map((c) => c.count).reverse() }]} />
        </Card>
      )}
    </Space>
  );
}

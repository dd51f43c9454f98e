/** /events/:id/ticket: the participant's QR ticket, large enough to scan from a phone at the door. */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEvent } from '../../api/events';
import { ErrorResult } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { useEnumLabel } from '../../components/Labels';
import { LinkButton } from '../../components/LinkButton';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import '../events.css';
import { useLocalised } from '../localised';
import { useEventTime } from '../time';
import { ticketSvgUrl, useMyRegistration } from './api';
import { RegistrationStatusTag } from './RegistrationTab';

function Ticket({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const event = useEvent(id);
  const mine = useMyRegistration(id, true);
  const pick = useLocalised(event.data?.defaultLanguage ?? 'en');
  const time = useEventTime(event.data?.timeZone ?? 'UTC');
  useDocumentTitle(t('registrations.ticketTitle'));
  if (event.isPending || mine.isPending) return <Skeleton active />;
  if (event.isError) return <ErrorResult error={event.error} />;
  if (mine.isError) return <ErrorResult error={mine.error} />;
  const registration = mine.data;
  const title = pick(event.data.title);
  return (
    <>
      <Breadcrumb className="no-print" style={{ marginBottom: 12 }} items={[{ title: <Link to="/events">{t('events.title')}</Link> }, { title: <Link to={`/events/${id}/registration`}>{title.text}</Link> }, { title: t('registrations.ticketTitle') }]} />
      <Card className="ticket-card">
        <Typography.Title level={3} lang={title.lang} style={{ marginTop: 0 }}>
          {title.text}
        </Typography.Title>
        <p className="muted">{time.dateRange(event.data.startsOn, event.data.endsOn)}</p>
        {!registration ? (
          <Alert type="info" showIcon title={t('registrations.noRegistration')} action={<LinkButton to={`/events/${id}/registration`}>{t('registrations.formTitle')}</LinkButton>} />
        ) : registration.abilities.showTicket && registration.ticketCode ? (
          <>
            <img className="ticket-qr" src={ticketSvgUrl(id, registration.version)} alt={t('registrations.qrAlt', { code: registration.ticketCode })} width={260} height={260} />
            <div className="ticket-code" aria-label={t('registrations.ticketCode')}>
              {registration.ticketCode}
            </div>
            <Typography.Title level={4} style={{ marginBottom: 0 }}>
              {registration.displayName}
            </Typography.Title>
            {registration.organisationName && <div>{registration.organisationName}</div>}
            <div className="muted">{label('participantType', registration.participantType)}</div>
            <p className="muted" style={{ marginTop: 12 }}>
              {t('registrations.ticketHint')}
            </p>
            <Space className="no-print">
              <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
                {t('events.print.print')}
              </Button>
            </Space>
          </>
        ) : (
          <>
            <RegistrationStatusTag status={registration.status} />
            <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('registrations.noTicketYet')} />
          </>
        )}
      </Card>
    </>
  );
}

export default function TicketPage() {
  const { id } = useParams();
  return <RequireUser>{() => <Ticket id={id ?? ''} />}</RequireUser>;
}

/** The registration tab: log in, register with the event's form, or see and manage your registration. */
import { CalendarOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Input, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { RegistrationStatus } from '../../../domain/events/vocab';
import { useCurrentUser } from '../../api/auth';
import type { EventDto } from '../../api/events';
import type { User } from '../../api/types';
import { ErrorResult, useErrorText } from '../../components/ErrorState';
import { useEnumLabel } from '../../components/Labels';
import { LinkButton } from '../../components/LinkButton';
import { useMessage } from '../../components/useMessage';
import { useFormat } from '../../i18n/format';
import { type RegistrationDto, useDecideRegistration, useMyRegistration } from './api';
import { RegistrationForm } from './RegistrationForm';

export const STATUS_COLOURS: Record<RegistrationStatus, string> = {
  pending: 'processing',
  confirmed: 'success',
  waitlisted: 'warning',
  declined: 'error',
  cancelled: 'default',
};

export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  const label = useEnumLabel();
  return <Tag color={STATUS_COLOURS[status]}>{label('registrationStatus', status)}</Tag>;
}

function MyRegistration({ event, user, registration }: { event: EventDto; user: User; registration: RegistrationDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const message = useMessage();
  const errorText = useErrorText();
  const decide = useDecideRegistration(event.id);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (editing) return <RegistrationForm event={event} user={user} registration={registration} onDone={() => setEditing(false)} />;
  const cancel = () =>
    decide.mutate(
      { registrationId: registration.id, decision: 'cancel' },
      { onSuccess: () => void message.success(t('registrations.cancelled')), onError: (e) => void message.error(errorText(e)), onSettled: () => setConfirming(false) },
    );
  const feed = registration.calendarFeedPath ? `${window.location.origin}${registration.calendarFeedPath}` : null;
  return (
    <Card title={t('registrations.mineTitle')}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <RegistrationStatusTag status={registration.status} />
        {registration.checkedInAt && <Tag color="green">{t('registrations.checkedInAt', { time: fmt.dateTime(registration.checkedInAt) })}</Tag>}
      </Flex>
      <Alert
        type={registration.status === 'confirmed' ? 'success' : registration.status === 'declined' || registration.status === 'cancelled' ? 'error' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t(`registrations.statusNote.${registration.status}`, { position: registration.waitlistPosition ?? '–' })}
        description={registration.decisionReason ? t('registrations.reason', { reason: registration.decisionReason }) : undefined}
      />
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('registrations.field.name')}>{registration.displayName}</Descriptions.Item>
        {registration.organisationName && <Descriptions.Item label={t('registrations.field.organisation')}>{registration.organisationName}</Descriptions.Item>}
        <Descriptions.Item label={t('registrations.field.participantType')}>{label('participantType', registration.participantType)}</Descriptions.Item>
        <Descriptions.Item label={t('registrations.field.registeredAt')}>{fmt.dateTime(registration.createdAt)}</Descriptions.Item>
      </Descriptions>
      <Space wrap>
        {registration.abilities.showTicket && (
          <LinkButton to={`/events/${event.id}/ticket`} type="primary" icon={<QrcodeOutlined aria-hidden />}>
            {t('registrations.showTicket')}
          </LinkButton>
        )}
        {registration.abilities.edit && <Button onClick={() => setEditing(true)}>{t('registrations.edit')}</Button>}
        {registration.abilities.cancel && (
          <Button danger onClick={() => setConfirming(true)}>
            {t('registrations.cancel')}
          </Button>
        )}
      </Space>
      {feed && registration.status === 'confirmed' && (
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>
            <CalendarOutlined aria-hidden /> {t('registrations.calendarFeed')}
          </Typography.Text>
          <Input readOnly value={feed} aria-label={t('registrations.calendarFeed')} style={{ marginTop: 6 }} onFocus={(e) => e.target.select()} />
          <div className="muted" style={{ fontSize: 12 }}>
            {t('registrations.calendarFeedHint')}
          </div>
        </div>
      )}
      <Modal
        open={confirming}
        title={t('registrations.cancelConfirm')}
        okText={t('registrations.cancel')}
        cancelText={t('common.back')}
        okButtonProps={{ danger: true, loading: decide.isPending }}
        onOk={cancel}
        onCancel={() => setConfirming(false)}
      >
        {t('registrations.cancelHint')}
      </Modal>
    </Card>
  );
}

/** Staff do not register by probing: the probe (a 404 for "none") is for would-be participants. */
export function useMayHaveRegistration(event: EventDto): boolean {
  const user = useCurrentUser();
  // The event says whether the caller has a registration, so nobody asks for one that does not exist.
  return Boolean(user) && event.myRegistration !== null;
}

export function RegistrationTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const mine = useMyRegistration(event.id, useMayHaveRegistration(event));
  if (!user) {
    const next = encodeURIComponent(location.pathname);
    return (
      <Card>
        <Typography.Paragraph>{event.abilities.register || event.status === 'published' ? t('registrations.loginToRegister') : t('registrations.closed')}</Typography.Paragraph>
        <Space>
          <LinkButton to={`/login?next=${next}`} type="primary">
            {t('nav.login')}
          </LinkButton>
          <LinkButton to={`/register?next=${next}`}>{t('nav.register')}</LinkButton>
        </Space>
      </Card>
    );
  }
  if (event.myRegistration !== null && mine.isPending) return <Skeleton active />;
  if (mine.isError) return <ErrorResult error={mine.error} onRetry={() => void mine.refetch()} />;
  const registration = mine.data;
  if (registration && registration.status !== 'cancelled') return <MyRegistration event={event} user={user} registration={registration} />;
  if (!event.abilities.register) return <Alert type="info" showIcon title={t('registrations.closed')} />;
  return (
    <>
      {registration?.status === 'cancelled' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('registrations.registerAgain')} />}
      <RegistrationForm event={event} user={user} />
    </>
  );
}

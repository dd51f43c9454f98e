/** The organisers' registrations: counts and places, filters, approve / decline (with reason) / cancel, export. */
import { DownloadOutlined, ScanOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Modal, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../../../domain/events/vocab';
import type { EventDto } from '../../api/events';
import { useErrorText } from '../../components/ErrorState';
import { useEnumLabel } from '../../components/Labels';
import { LinkButton } from '../../components/LinkButton';
import { useMessage } from '../../components/useMessage';
import { useFormat } from '../../i18n/format';
import { type Decision, exportRegistrationsUrl, type RegistrationDto, useDecideRegistration, useRegistrations } from './api';
import { RegistrationStatusTag } from './RegistrationTab';

function DecisionModal({ event, target, onClose }: { event: EventDto; target: { registration: RegistrationDto; decision: Decision } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const decide = useDecideRegistration(event.id);
  const [reason, setReason] = useState('');
  if (!target) return null;
  const needsReason = target.decision === 'decline';
  const submit = () =>
    decide.mutate(
      { registrationId: target.registration.id, decision: target.decision, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t(`registrations.admin.done.${target.decision}`));
          setReason('');
          onClose();
        },
        onError: (e) => void message.error(errorText(e)),
      },
    );
  return (
    <Modal
      open
      title={t(`registrations.admin.confirm.${target.decision}`, { name: target.registration.displayName })}
      okText={t(`registrations.admin.action.${target.decision}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: target.decision !== 'approve', disabled: needsReason && !reason.trim(), loading: decide.isPending }}
      onOk={submit}
      onCancel={onClose}
    >
      {target.decision !== 'approve' && (
        <>
          <label htmlFor="decision-reason">{needsReason ? t('registrations.admin.reasonRequired') : t('registrations.admin.reasonOptional')}</label>
          <Input.TextArea id="decision-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} autoSize={{ minRows: 3 }} />
          <p className="muted" style={{ fontSize: 12 }}>
            {t('registrations.admin.reasonMailed')}
          </p>
        </>
      )}
    </Modal>
  );
}

export function RegistrationsAdmin({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const [status, setStatus] = useState<RegistrationStatus[]>([]);
  const [q, setQ] = useState('');
  const list = useRegistrations(event.id, { ...(status.length ? { status } : {}), ...(q ? { q } : {}) });
  const [target, setTarget] = useState<{ registration: RegistrationDto; decision: Decision } | null>(null);
  const counts = list.data?.counts;

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={24} wrap>
          {REGISTRATION_STATUSES.map((s) => (
            <Statistic key={s} title={label('registrationStatus', s)} value={counts ? fmt.number(counts[s]) : '–'} />
          ))}
          <Statistic title={t('registrations.admin.capacity')} value={list.data?.capacity === null ? t('registrations.admin.unlimited') : fmt.number(list.data?.capacity)} />
          {list.data?.freePlaces !== null && list.data?.freePlaces !== undefined && <Statistic title={t('registrations.admin.freePlaces')} value={fmt.number(list.data.freePlaces)} />}
        </Flex>
      </Card>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('registrations.admin.search')} aria-label={t('registrations.admin.search')} onSearch={(v) => setQ(v.trim())} style={{ width: 240 }} />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('registrations.admin.status')}
            aria-label={t('registrations.admin.status')}
            value={status}
            onChange={setStatus}
            options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: label('registrationStatus', s) }))}
            style={{ minWidth: 220 }}
          />
        </Space>
        <Space wrap>
          {event.abilities.checkIn && (
            <LinkButton to={`/events/${event.id}/check-in`} type="primary" icon={<ScanOutlined aria-hidden />}>
              {t('registrations.checkIn.title')}
            </LinkButton>
          )}
          <Button href={exportRegistrationsUrl(event.id, 'csv')} icon={<DownloadOutlined aria-hidden />}>
            CSV
          </Button>
          <Button href={exportRegistrationsUrl(event.id, 'xlsx')} icon={<DownloadOutlined aria-hidden />}>
            XLSX
          </Button>
        </Space>
      </Flex>
      <Table<RegistrationDto>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: t('registrations.field.name'),
            key: 'name',
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{r.displayName}</Typography.Text>
                <span className="muted">{[r.organisationName, r.email].filter(Boolean).join(' · ')}</span>
              </Space>
            ),
          },
          { title: t('registrations.field.participantType'), key: 'type', render: (_: unknown, r) => label('participantType', r.participantType) },
          { title: t('registrations.field.country'), key: 'country', render: (_: unknown, r) => fmt.country(r.country) },
          {
            title: t('registrations.admin.status'),
            key: 'status',
            render: (_: unknown, r) => (
              <Space size={4}>
                <RegistrationStatusTag status={r.status} />
                {r.waitlistPosition !== null && <span className="muted">#{r.waitlistPosition}</span>}
                {r.checkedInAt && <span className="muted">✓</span>}
              </Space>
            ),
          },
          { title: t('registrations.field.registeredAt'), key: 'at', render: (_: unknown, r) => fmt.dateTime(r.createdAt) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                {r.abilities.approve && (
                  <Button size="small" type="primary" onClick={() => setTarget({ registration: r, decision: 'approve' })}>
                    {t('registrations.admin.action.approve')}
                  </Button>
                )}
                {r.abilities.decline && (
                  <Button size="small" danger onClick={() => setTarget({ registration: r, decision: 'decline' })}>
                    {t('registrations.admin.action.decline')}
                  </Button>
                )}
                {r.abilities.cancel && (
                  <Button size="small" onClick={() => setTarget({ registration: r, decision: 'cancel' })}>
                    {t('registrations.admin.action.cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <DecisionModal key={target ? `${target.registration.id}-${target.decision}` : 'none'} event={event} target={target} onClose={() => setTarget(null)} />
    </>
  );
}

/**
 * The organising organisations of an event with their roles; full organisers (`manageOrganisers`) add
 * organisations, change roles and remove them here.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Flex, Form, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ORGANISER_ROLES, type OrganiserRole } from '../../domain/events/vocab';
import { type EventDto, useRemoveOrganiser, useSetOrganiser } from '../api/events';
import { useEnumLabel } from '../components/Labels';
import { useMessage } from '../components/useMessage';
import { useRules } from '../components/useRules';
import { ServerErrorAlert } from './FormBits';
import { OrganisationPicker } from './registrations/OrganisationPicker';

type Organiser = EventDto['organisers'][number];

interface RowProps {
  organiser: Organiser;
  manage: boolean;
  /** The only full organiser can be neither demoted nor removed (the server answers 409 LAST_ORGANISER). */
  isLastOrganiser: boolean;
  busy: boolean;
  onRole: (role: OrganiserRole) => void;
  onRemove: () => void;
}

function OrganiserRow({ organiser: o, manage, isLastOrganiser, busy, onRole, onRemove }: RowProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const otherRole: OrganiserRole = o.role === 'organiser' ? 'co_organiser' : 'organiser';
  const locked = isLastOrganiser ? t('events.organisersCard.lastOrganiser') : undefined;
  return (
    <Flex role="listitem" justify="space-between" align="center" gap={8} wrap>
      <span>
        <Link to={`/organisations/${o.organisationId}`}>{o.organisationName}</Link>{' '}
        <Tag color={o.role === 'organiser' ? 'blue' : 'default'}>{label('organiserRole', o.role)}</Tag>
      </span>
      {manage && (
        <Space size={4}>
          <Tooltip title={locked}>
            <Button size="small" disabled={isLastOrganiser || busy} onClick={() => onRole(otherRole)}>
              {otherRole === 'organiser' ? t('events.organisersCard.makeOrganiser') : t('events.organisersCard.makeCoOrganiser')}
            </Button>
          </Tooltip>
          <Popconfirm
            title={t('events.organisersCard.removeConfirm', { name: o.organisationName })}
            onConfirm={onRemove}
            okText={t('common.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            disabled={isLastOrganiser || busy}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('events.organisersCard.remove', { name: o.organisationName })}
              title={t('events.organisersCard.remove', { name: o.organisationName })}
              disabled={isLastOrganiser || busy}
            />
          </Popconfirm>
        </Space>
      )}
    </Flex>
  );
}

interface AddValues {
  organisationId: string;
  role: OrganiserRole;
}

function AddOrganiserForm({ event, busy, onAdd }: { event: EventDto; busy: boolean; onAdd: (values: AddValues, done: () => void) => void }) {
  const { t } = useTranslation();
  const rules = useRules();
  const label = useEnumLabel();
  const [form] = Form.useForm<AddValues>();
  const notYetOrganiser = {
    validator: (_: unknown, id: string | undefined) =>
      id && event.organisers.some((o) => o.organisationId === id) ? Promise.reject(new Error(t('events.organisersCard.already'))) : Promise.resolve(),
  };
  return (
    <Form<AddValues> form={form} name="event-organiser" layout="vertical" initialValues={{ role: 'co_organiser' }} onFinish={(values) => onAdd(values, () => form.resetFields())}>
      <Form.Item name="organisationId" label={t('events.organisersCard.organisation')} rules={[rules.required(), notYetOrganiser]}>
        <OrganisationPicker />
      </Form.Item>
      <Form.Item name="role" label={t('events.organisersCard.role')} rules={[rules.required()]}>
        <Select options={ORGANISER_ROLES.map((role) => ({ value: role, label: label('organiserRole', role) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={busy}>
        {t('events.organisersCard.add')}
      </Button>
    </Form>
  );
}

export function OrganisersCard({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const message = useMessage();
  const setOrganiser = useSetOrganiser(event.id);
  const removeOrganiser = useRemoveOrganiser(event.id);
  const [error, setError] = useState<unknown>(null);
  const manage = event.abilities.manageOrganisers;
  const fullOrganisers = event.organisers.filter((o) => o.role === 'organiser').length;
  const busy = setOrganiser.isPending || removeOrganiser.isPending;

  const changeRole = (organisationId: string, role: OrganiserRole, successKey: 'added' | 'roleChanged', done?: () => void) => {
    setError(null);
    setOrganiser.mutate(
      { organisationId, role },
      {
        onSuccess: (updated) => {
          const name = updated.organisers.find((o) => o.organisationId === organisationId)?.organisationName ?? '';
          void message.success(t(`events.organisersCard.${successKey}`, { name, role: label('organiserRole', role) }));
          done?.();
        },
        onError: setError,
      },
    );
  };

  const remove = (organisationId: string) => {
    setError(null);
    const name = event.organisers.find((o) => o.organisationId === organisationId)?.organisationName ?? '';
    removeOrganiser.mutate(organisationId, {
      onSuccess: () => void message.success(t('events.organisersCard.removed', { name })),
      onError: setError,
    });
  };

  return (
    <Card title={t('events.field.organisers')} style={{ marginTop: 16 }}>
      <ServerErrorAlert error={error} />
      <Flex vertical gap={8} role="list" aria-label={t('events.organisersCard.list')}>
        {event.organisers.map((o) => (
          <OrganiserRow
            key={o.organisationId}
            organiser={o}
            manage={manage}
            isLastOrganiser={o.role === 'organiser' && fullOrganisers <= 1}
            busy={busy}
            onRole={(role) => changeRole(o.organisationId, role, 'roleChanged')}
            onRemove={() => remove(o.organisationId)}
          />
        ))}
      </Flex>
      {manage && (
        <>
          <Divider />
          <AddOrganiserForm event={event} busy={setOrganiser.isPending} onAdd={(v, done) => changeRole(v.organisationId, v.role, 'added', done)} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('events.organisersCard.hint')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

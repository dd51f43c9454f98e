/** Delegations (a country's or an organisation's group of participants); organisers form them. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Form, Input, Modal, Popconfirm, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELEGATION_KINDS } from '../../../domain/events/vocab';
import type { EventDto } from '../../api/events';
import { ErrorResult, useErrorText } from '../../components/ErrorState';
import { useEnumLabel } from '../../components/Labels';
import { CountrySelect } from '../../components/Pickers';
import { useMessage } from '../../components/useMessage';
import { useRules } from '../../components/useRules';
import { useFormat } from '../../i18n/format';
import { ServerErrorAlert } from '../FormBits';
import { type DelegationDto, useDelegations, useDeleteDelegation, useRegistrations, useSaveDelegation } from './api';
import { OrganisationPicker } from './OrganisationPicker';

interface Values {
  kind: 'country' | 'organisation';
  name: string;
  country?: string | null;
  organisationId?: string | null;
  memberRegistrationIds: string[];
  leaderRegistrationId?: string | null;
}

function DelegationForm({ event, delegation, onClose }: { event: EventDto; delegation: DelegationDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  const message = useMessage();
  const save = useSaveDelegation(event.id);
  const confirmed = useRegistrations(event.id, { status: ['confirmed'] });
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form) ?? delegation?.kind ?? 'country';
  const members = Form.useWatch('memberRegistrationIds', form) ?? delegation?.memberRegistrationIds ?? [];
  const people = (confirmed.data?.items ?? []).map((r) => ({ value: r.id, label: [r.displayName, r.organisationName].filter(Boolean).join(' · ') }));
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    const body = {
      kind: v.kind,
      name: v.name.trim(),
      country: v.kind === 'country' ? (v.country ?? null) : null,
      organisationId: v.kind === 'organisation' ? (v.organisationId ?? null) : null,
      memberRegistrationIds: v.memberRegistrationIds ?? [],
      leaderRegistrationId: v.leaderRegistrationId ?? null,
    };
    try {
      await save.mutateAsync(delegation ? { delegationId: delegation.id, ...body } : body);
      void message.success(t('registrations.delegations.saved'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal open width={640} title={delegation ? t('registrations.delegations.edit') : t('registrations.delegations.add')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void submit().catch(() => undefined)} confirmLoading={save.isPending} onCancel={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          delegation
            ? { kind: delegation.kind, name: delegation.name, country: delegation.country, organisationId: delegation.organisationId, memberRegistrationIds: delegation.memberRegistrationIds, leaderRegistrationId: delegation.leaderRegistrationId }
            : { kind: 'country', memberRegistrationIds: [] }
        }
      >
        <ServerErrorAlert error={error} />
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="kind" label={t('registrations.delegations.kind')} rules={[rules.required()]}>
              <Select options={DELEGATION_KINDS.map((k) => ({ value: k, label: label('delegationKind', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="name" label={t('registrations.delegations.name')} rules={[rules.requiredText(), rules.maxLength(200)]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'country' ? (
          <Form.Item name="country" label={t('registrations.field.country')} rules={[rules.required()]}>
            <CountrySelect />
          </Form.Item>
        ) : (
          <Form.Item name="organisationId" label={t('registrations.exhibitors.organisation')} rules={[rules.required()]}>
            <OrganisationPicker />
          </Form.Item>
        )}
        <Form.Item name="memberRegistrationIds" label={t('registrations.delegations.members')} extra={t('registrations.delegations.membersHint')}>
          <Select mode="multiple" loading={confirmed.isPending} options={people} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="leaderRegistrationId" label={t('registrations.delegations.leader')}>
          <Select allowClear options={people.filter((p) => members.includes(p.value))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function DelegationsTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const message = useMessage();
  const errorText = useErrorText();
  const query = useDelegations(event.id);
  const remove = useDeleteDelegation(event.id);
  const [editing, setEditing] = useState<DelegationDto | 'new' | null>(null);
  const manage = event.abilities.manageRegistrations;
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      {manage && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
          {t('registrations.delegations.add')}
        </Button>
      )}
      {query.data.items.length === 0 ? (
        <Empty description={t('registrations.delegations.none')} />
      ) : (
        <Row gutter={[12, 12]}>
          {query.data.items.map((d) => (
            <Col xs={24} md={12} key={d.id}>
              <Card
                size="small"
                title={d.name}
                extra={
                  manage && (
                    <Space size={2}>
                      <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={t('registrations.delegations.edit')} onClick={() => setEditing(d)} />
                      <Popconfirm title={t('registrations.delegations.removeConfirm')} onConfirm={() => remove.mutate(d.id, { onError: (e) => void message.error(errorText(e)) })} okText={t('common.remove')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}>
                        <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('common.remove')} />
                      </Popconfirm>
                    </Space>
                  )
                }
              >
                <Space wrap size={4} style={{ marginBottom: 8 }}>
                  <Tag>{label('delegationKind', d.kind)}</Tag>
                  {d.country && <Tag>{fmt.country(d.country)}</Tag>}
                  <span className="muted">{t('registrations.delegations.memberCount', { members: fmt.number(d.members.length) })}</span>
                </Space>
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {d.members.map((m) => (
                    <li key={m.registrationId}>
                      <Typography.Text strong={m.registrationId === d.leaderRegistrationId}>{m.displayName}</Typography.Text>
                      {m.organisationName && <span className="muted"> · {m.organisationName}</span>}
                      {m.registrationId === d.leaderRegistrationId && <Tag style={{ marginInlineStart: 6 }}>{t('registrations.delegations.leader')}</Tag>}
                    </li>
                  ))}
                </ul>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {editing && <DelegationForm key={editing === 'new' ? 'new' : editing.id} event={event} delegation={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

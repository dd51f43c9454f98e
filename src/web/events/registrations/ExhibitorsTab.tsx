/** Exhibitors: booths, halls and stand areas (with the total for reports); organisers assign booths. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Skeleton, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventDto } from '../../api/events';
import { ErrorResult, useErrorText } from '../../components/ErrorState';
import { TypeTag } from '../../components/Labels';
import { useMessage } from '../../components/useMessage';
import { useRules } from '../../components/useRules';
import { useFormat } from '../../i18n/format';
import { ServerErrorAlert } from '../FormBits';
import { type ExhibitorDto, useDeleteExhibitor, useExhibitors, useSaveExhibitor } from './api';
import { OwnListingPicker } from './ListingPicker';
import { OrganisationPicker } from './OrganisationPicker';

interface Values {
  organisationId: string;
  boothNumber: string;
  hall?: string;
  areaSqm?: number | null;
  listingIds: string[];
}

function ExhibitorForm({ event, exhibitor, onClose }: { event: EventDto; exhibitor: ExhibitorDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useRules();
  const message = useMessage();
  const save = useSaveExhibitor(event.id);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const organisationId = Form.useWatch('organisationId', form) ?? exhibitor?.organisation.id;
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    const fields = { boothNumber: v.boothNumber.trim(), hall: v.hall?.trim() || null, areaSqm: v.areaSqm ?? null, listingIds: v.listingIds ?? [] };
    try {
      await save.mutateAsync(exhibitor ? { exhibitorId: exhibitor.id, ...fields } : { organisationId: v.organisationId, ...fields });
      void message.success(t('registrations.exhibitors.saved'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal open title={exhibitor ? t('registrations.exhibitors.edit') : t('registrations.exhibitors.add')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void submit().catch(() => undefined)} confirmLoading={save.isPending} onCancel={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={exhibitor ? { organisationId: exhibitor.organisation.id, boothNumber: exhibitor.boothNumber, hall: exhibitor.hall ?? undefined, areaSqm: exhibitor.areaSqm, listingIds: exhibitor.listings.map((l) => l.id) } : { listingIds: [] }}
      >
        <ServerErrorAlert error={error} />
        <Form.Item name="organisationId" label={t('registrations.exhibitors.organisation')} rules={[rules.required()]}>
          <OrganisationPicker disabled={Boolean(exhibitor)} initial={exhibitor ? { id: exhibitor.organisation.id, name: exhibitor.organisation.name } : null} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="boothNumber" label={t('registrations.exhibitors.booth')} rules={[rules.requiredText(), rules.maxLength(20)]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="hall" label={t('registrations.exhibitors.hall')} rules={[rules.maxLength(50)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="areaSqm" label={t('registrations.exhibitors.area')}>
              <InputNumber min={0.5} max={100000} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="listingIds" label={t('registrations.exhibitors.listings')} rules={[rules.maxItems(30)]}>
          <OwnListingPicker organisationId={organisationId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ExhibitorsTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useMessage();
  const errorText = useErrorText();
  const query = useExhibitors(event.id);
  const remove = useDeleteExhibitor(event.id);
  const [editing, setEditing] = useState<ExhibitorDto | 'new' | null>(null);
  const manage = event.abilities.manageRegistrations;
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Space size="large" wrap align="center">
          <Statistic title={t('registrations.exhibitors.count')} value={fmt.number(query.data.count)} />
          <Statistic title={t('registrations.exhibitors.totalArea')} value={fmt.number(query.data.totalAreaSqm)} suffix="m²" />
          {manage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('registrations.exhibitors.add')}
            </Button>
          )}
        </Space>
      </Card>
      <Table<ExhibitorDto>
        rowKey="id"
        size="small"
        dataSource={query.data.items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('registrations.exhibitors.none') }}
        columns={[
          { title: t('registrations.exhibitors.booth'), dataIndex: 'boothNumber', render: (b: string) => <strong>{b}</strong> },
          { title: t('registrations.exhibitors.hall'), dataIndex: 'hall', render: (h: string | null) => h ?? '—' },
          { title: t('registrations.exhibitors.organisation'), key: 'org', render: (_: unknown, e) => <Link to={`/organisations/${e.organisation.id}`}>{e.organisation.name}</Link> },
          { title: t('registrations.field.country'), key: 'country', render: (_: unknown, e) => fmt.country(e.organisation.country) },
          { title: t('registrations.exhibitors.area'), dataIndex: 'areaSqm', render: (a: number | null) => (a === null ? '—' : `${fmt.number(a)} m²`) },
          {
            title: t('registrations.exhibitors.listings'),
            key: 'listings',
            render: (_: unknown, e) => (
              <Space orientation="vertical" size={2}>
                {e.listings.map((l) => (
                  <span key={l.id}>
                    <TypeTag type={l.type} /> <Link to={`/listings/${l.id}`}>{l.title}</Link>
                  </span>
                ))}
              </Space>
            ),
          },
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, e: ExhibitorDto) => (
                    <Space size={2}>
                      <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={t('registrations.exhibitors.edit')} onClick={() => setEditing(e)} />
                      <Popconfirm title={t('registrations.exhibitors.removeConfirm')} onConfirm={() => remove.mutate(e.id, { onError: (err) => void message.error(errorText(err)) })} okText={t('common.remove')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}>
                        <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('common.remove')} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <ExhibitorForm key={editing === 'new' ? 'new' : editing.id} event={event} exhibitor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

/** One training programme: partners, totals, its batches; the organiser manages batches and trainee lists. */
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type TrainingBatchDto, useDeleteBatch, useDeleteTraining, useTraining } from '../api/registries';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { ConceptTags, DemoTag } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMessage } from '../components/useMessage';
import { pickText } from '../events/localised';
import { useFormat } from '../i18n/format';
import { BatchModal } from './BatchModal';
import { ModeTag, RegistryTabs } from './bits';
import { TraineesDrawer } from './TraineesDrawer';

export default function TrainingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const message = useMessage();
  const errorText = useErrorText();
  const query = useTraining(id);
  const removeProgramme = useDeleteTraining();
  const removeBatch = useDeleteBatch(id);
  const [editing, setEditing] = useState<TrainingBatchDto | 'new' | null>(null);
  const [traineesOf, setTraineesOf] = useState<string | null>(null);
  const p = query.data;
  const title = p ? pickText(p.title, fmt.lang, p.defaultLanguage) : null;
  useDocumentTitle(title?.text ?? t('registries.trainings.title'));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError || !p || !title) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const description = pickText(p.description, fmt.lang, p.defaultLanguage);

  return (
    <>
      <RegistryTabs />
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <DemoTag demo={p.demo} />
          <Typography.Title level={2} className="page-title" lang={title.lang}>
            {title.text}
          </Typography.Title>
        </div>
        {p.abilities.edit && (
          <Space>
            <LinkButton to={`/registries/trainings/${p.id}/edit`} icon={<EditOutlined aria-hidden />}>
              {t('registries.edit')}
            </LinkButton>
            <Popconfirm
              title={t('registries.trainings.deleteConfirm')}
              okText={t('registries.delete')}
              cancelText={t('registries.cancel')}
              onConfirm={() =>
                removeProgramme.mutate(p.id, {
                  onSuccess: () => {
                    message.success(t('registries.deleted'));
                    void navigate('/registries/trainings');
                  },
                  onError: (e) => message.error(errorText(e)),
                })
              }
            >
              <Button danger icon={<DeleteOutlined aria-hidden />}>
                {t('registries.delete')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Flex>
      <Card>
        <Flex gap={32} wrap style={{ marginBottom: 12 }}>
          <Statistic title={t('registries.trainings.batches')} value={p.totals.batches} formatter={(v) => fmt.number(Number(v))} />
          <Statistic title={t('registries.trainings.trainees')} value={p.totals.trainees} formatter={(v) => fmt.number(Number(v))} />
        </Flex>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('registries.field.organiser')}>
            <Link to={`/organisations/${p.organisationId}`}>{p.organisationName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('registries.field.period')}>{p.totals.firstStartsOn ? `${fmt.date(p.totals.firstStartsOn)} – ${fmt.date(p.totals.lastEndsOn)}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registries.field.partnerRegions')}>{p.partnerRegions.join(' · ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registries.field.partnerCountries')}>{p.partnerCountries.map((c) => fmt.country(c)).join(', ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registries.field.sectors')}>{p.sectors.length ? <ConceptTags codes={p.sectors} /> : '—'}</Descriptions.Item>
        </Descriptions>
        {description.text && (
          <Typography.Paragraph lang={description.lang} style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}>
            {description.text}
          </Typography.Paragraph>
        )}
      </Card>
      <Card
        size="small"
        title={t('registries.trainings.batchList')}
        style={{ marginTop: 16 }}
        extra={
          p.abilities.edit && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('registries.trainings.addBatch')}
            </Button>
          )
        }
      >
        <Table<TrainingBatchDto>
          rowKey="id"
          size="small"
          dataSource={p.batches}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { key: 'label', title: t('registries.field.batchLabel'), render: (_, b) => b.label ?? '—' },
            { key: 'dates', title: t('registries.field.period'), render: (_, b) => `${fmt.date(b.startsOn)} – ${fmt.date(b.endsOn)}` },
            { key: 'mode', title: t('registries.field.mode'), render: (_, b) => <ModeTag mode={b.mode} /> },
            { key: 'location', title: t('registries.field.location'), render: (_, b) => b.location ?? '—' },
            { key: 'count', title: t('registries.field.traineeCount'), align: 'right', render: (_, b) => fmt.number(b.traineeCount) },
            {
              key: 'actions',
              title: '',
              render: (_, b) => (
                <Space>
                  {p.abilities.readTrainees && (
                    <Button size="small" icon={<TeamOutlined aria-hidden />} onClick={() => setTraineesOf(b.id)}>
                      {t('registries.trainings.listed', { count: b.listedTrainees })}
                    </Button>
                  )}
                  {p.abilities.edit && (
                    <>
                      <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={t('registries.edit')} onClick={() => setEditing(b)} />
                      <Popconfirm title={t('registries.trainings.deleteBatchConfirm')} okText={t('registries.delete')} cancelText={t('registries.cancel')} onConfirm={() => removeBatch.mutate(b.id, { onError: (e) => message.error(errorText(e)) })}>
                        <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('registries.delete')} />
                      </Popconfirm>
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <BatchModal programmeId={p.id} batch={editing === 'new' ? null : editing} open onClose={() => setEditing(null)} />}
      <TraineesDrawer programmeId={p.id} batchId={traineesOf} canEdit={p.abilities.edit} onClose={() => setTraineesOf(null)} />
    </>
  );
}

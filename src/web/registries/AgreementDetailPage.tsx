/** One agreement: parties, dates, fields, what it renews and what renewed it, the event it was signed at. */
import { DeleteOutlined, EditOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, List, Popconfirm, Skeleton, Space, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type AgreementDetailDto, type AgreementLink, agreementDocumentUrl, useAgreement, useAgreementDocuments, useDeleteAgreement } from '../api/registries';
import { ErrorResult, useErrorText } from '../components/ErrorState';
import { ConceptTags, DemoTag } from '../components/Labels';
import { LinkButton } from '../components/LinkButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMessage } from '../components/useMessage';
import { pickText } from '../events/localised';
import { useFormat } from '../i18n/format';
import { AgreementKindTag, AgreementStatusTag, RegistryTabs } from './bits';

function LinkTo({ link }: { link: AgreementLink }) {
  const fmt = useFormat();
  const title = pickText(link.title, fmt.lang, link.defaultLanguage);
  return (
    <Link to={`/registries/agreements/${link.id}`} lang={title.lang}>
      {title.text} ({fmt.date(link.signedOn)})
    </Link>
  );
}

function Documents({ agreement }: { agreement: AgreementDetailDto }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const { attach, remove } = useAgreementDocuments(agreement.id);
  if (!agreement.documents.length && !agreement.abilities.edit) return null;
  return (
    <Card
      title={t('registries.field.documents')}
      size="small"
      style={{ marginTop: 16 }}
      extra={
        agreement.abilities.edit && (
          <Upload
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              attach.mutate(file, { onSuccess: () => message.success(t('registries.saved')), onError: (e) => message.error(errorText(e)) });
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined aria-hidden />} loading={attach.isPending}>
              {t('registries.attach')}
            </Button>
          </Upload>
        )
      }
    >
      <List
        dataSource={agreement.documents}
        locale={{ emptyText: t('registries.noDocuments') }}
        renderItem={(d) => (
          <List.Item
            actions={
              agreement.abilities.edit
                ? [
                    <Popconfirm key="remove" title={t('registries.removeDocument')} okText={t('registries.delete')} cancelText={t('registries.cancel')} onConfirm={() => remove.mutate(d.id, { onError: (e) => message.error(errorText(e)) })}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('registries.delete')} />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <a href={agreementDocumentUrl(agreement.id, d.id)} download>
              <FileOutlined aria-hidden /> {d.name}
            </a>
          </List.Item>
        )}
      />
    </Card>
  );
}

export default function AgreementDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const message = useMessage();
  const errorText = useErrorText();
  const query = useAgreement(id);
  const remove = useDeleteAgreement();
  const a = query.data;
  const title = a ? pickText(a.title, fmt.lang, a.defaultLanguage) : null;
  useDocumentTitle(title?.text ?? t('registries.agreements.title'));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError || !a || !title) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const event = a.event ? pickText(a.event.title, fmt.lang, a.event.defaultLanguage) : null;

  return (
    <>
      <RegistryTabs />
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Space wrap>
            <AgreementKindTag kind={a.kind} />
            <AgreementStatusTag status={a.status} />
            {a.visibility === 'parties' && <Tag>{t('registries.visibility.parties')}</Tag>}
            <DemoTag demo={a.demo} />
          </Space>
          <Typography.Title level={2} className="page-title" lang={title.lang} style={{ marginTop: 8 }}>
            {title.text}
          </Typography.Title>
        </div>
        <Space>
          {a.abilities.edit && (
            <LinkButton to={`/registries/agreements/${a.id}/edit`} icon={<EditOutlined aria-hidden />}>
              {t('registries.edit')}
            </LinkButton>
          )}
          {a.abilities.delete && (
            <Popconfirm
              title={t('registries.agreements.deleteConfirm')}
              okText={t('registries.delete')}
              cancelText={t('registries.cancel')}
              onConfirm={() =>
                remove.mutate(a.id, {
                  onSuccess: () => {
                    message.success(t('registries.deleted'));
                    void navigate('/registries/agreements');
                  },
                  onError: (e) => message.error(errorText(e)),
                })
              }
            >
              <Button danger icon={<DeleteOutlined aria-hidden />}>
                {t('registries.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('registries.field.signedOn')}>{fmt.date(a.signedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('registries.field.validity')}>
            {a.validFrom || a.validUntil ? `${fmt.date(a.validFrom ?? a.signedOn)} – ${a.validUntil ? fmt.date(a.validUntil) : t('registries.openEnded')}` : t('registries.openEnded')}
          </Descriptions.Item>
          {a.terminatedOn && <Descriptions.Item label={t('registries.field.terminatedOn')}>{fmt.date(a.terminatedOn)}</Descriptions.Item>}
          <Descriptions.Item label={t('registries.field.countries')}>{a.countries.map((c) => fmt.country(c)).join(', ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registries.field.sectors')}>{a.sectors.length ? <ConceptTags codes={a.sectors} /> : '—'}</Descriptions.Item>
          {event && a.event && (
            <Descriptions.Item label={t('registries.field.event')}>
              <Link to={`/events/${a.event.id}`} lang={event.lang}>
                {event.text}
              </Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('registries.field.parties')} size="small" style={{ marginTop: 16 }}>
        <List
          dataSource={a.parties}
          renderItem={(p) => (
            <List.Item>
              <Space wrap>
                {p.organisationId ? <Link to={`/organisations/${p.organisationId}`}>{p.name}</Link> : <span>{p.name}</span>}
                {p.region && <span className="muted">{p.region}</span>}
                {p.country && <Tag>{fmt.country(p.country)}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {(a.renewedFrom || a.renewals.length > 0) && (
        <Card title={t('registries.agreements.renewalChain')} size="small" style={{ marginTop: 16 }}>
          {a.renewedFrom && (
            <p>
              {t('registries.agreements.renews')} <LinkTo link={a.renewedFrom} />
            </p>
          )}
          {a.renewals.map((r) => (
            <p key={r.id}>
              {t('registries.agreements.renewedBy')} <LinkTo link={r} />
            </p>
          ))}
        </Card>
      )}
      <Documents agreement={a} />
      {a.notes && (
        <Card title={t('registries.field.notes')} size="small" style={{ marginTop: 16 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{a.notes}</Typography.Paragraph>
        </Card>
      )}
    </>
  );
}

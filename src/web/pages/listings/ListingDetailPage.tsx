/** One listing: texts (with the author's translations), per-type details, owner and actions. */
import { EnvironmentOutlined, EyeInvisibleOutlined, TranslationOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Card, Col, Descriptions, Flex, Grid, Row, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useListing } from '../../api/listings';
import type { Listing } from '../../api/types';
import { DetailValue, isEmptyValue } from '../../components/DetailValue';
import { ErrorResult } from '../../components/ErrorState';
import { ConceptTags, DemoTag, StatusTag, TypeTag, VerifiedBadge, useEnumLabel } from '../../components/Labels';
import { ListingActions } from '../../components/ListingActions';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';
import { DETAIL_FIELDS } from '../../listings/fields';
import { ListingMatches } from '../../matching/ListingMatches';
import { ListingTagsCard } from '../../matching/ListingTagsCard';

function Texts({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const items = [
    {
      key: listing.language,
      label: t('listing.originalTab', { language: fmt.language(listing.language) }),
      title: listing.title,
      summary: listing.summary,
      translated: false,
    },
    ...listing.translations.map((tr) => ({
      key: tr.language,
      label: fmt.language(tr.language),
      title: tr.title,
      summary: tr.summary,
      translated: true,
    })),
  ];
  const preferred = items.find((i) => i.key === fmt.lang)?.key ?? listing.language;
  const render = (item: (typeof items)[number]) => (
    <div lang={item.key}>
      {item.translated && (
        <Tag icon={<TranslationOutlined aria-hidden />} color="blue" style={{ marginBottom: 8 }}>
          {t('listing.translationByAuthor')}
        </Tag>
      )}
      {item.translated && (
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {item.title}
        </Typography.Title>
      )}
      <div className="pre-wrap">{item.summary}</div>
    </div>
  );
  if (items.length === 1 && items[0]) return render(items[0]);
  return (
    <Tabs
      defaultActiveKey={preferred}
      items={items.map((item) => ({ key: item.key, label: item.label, children: render(item) }))}
    />
  );
}

function TagSection({ title, show, children }: { title: string; show: boolean; children: React.ReactNode }) {
  if (!show) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <div className="muted" style={{ marginBottom: 6 }}>
        {title}
      </div>
      <div>{children}</div>
    </div>
  );
}

function ModerationNote({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const m = listing.moderation;
  if (!m) return null;
  const type = m.action === 'approve' ? 'success' : m.action === 'reject' ? 'error' : 'warning';
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 16 }}
      title={t('listing.moderationNote', { action: label('moderationAction', m.action), date: fmt.dateTime(m.at) })}
      description={m.reason ? <span className="pre-wrap">{m.reason}</span> : undefined}
    />
  );
}

export default function ListingDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const screens = Grid.useBreakpoint();
  const query = useListing(id);
  const listing = query.data;
  useDocumentTitle(listing?.title ?? t('listings.title'));

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError || !listing) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  const fields = DETAIL_FIELDS[listing.type].filter((f) => !isEmptyValue(listing.details[f.name]));
  const common = [
    { key: 'trl', show: listing.trl !== null && listing.type !== 'technology_offer', value: fmt.number(listing.trl) },
    { key: 'deadline', show: Boolean(listing.deadline) && !fields.some((f) => f.name === 'deadline'), value: fmt.date(listing.deadline) },
    {
      key: 'language',
      show: true,
      value: listing.languageConfirmed
        ? fmt.language(listing.language)
        : t('listing.languageDetected', { language: fmt.language(listing.language) }),
    },
    { key: 'visibility', show: true, value: label('visibility', listing.visibility) },
    { key: 'publishedAt', show: Boolean(listing.publishedAt), value: fmt.date(listing.publishedAt) },
    { key: 'expiresAt', show: Boolean(listing.expiresAt), value: fmt.date(listing.expiresAt) },
    { key: 'updatedAt', show: true, value: fmt.date(listing.updatedAt) },
  ].filter((c) => c.show);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/listings">{t('listings.title')}</Link> }, { title: label('listingType', listing.type) }]}
      />
      <ModerationNote listing={listing} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <TypeTag type={listing.type} />
        {listing.status !== 'published' && <StatusTag status={listing.status} />}
        {listing.visibility !== 'public' && <Tag>{label('visibility', listing.visibility)}</Tag>}
        <DemoTag demo={listing.demo} />
      </Flex>
      <Typography.Title level={2} className="page-title" lang={listing.language}>
        {listing.title}
      </Typography.Title>
      <div style={{ marginBottom: 16 }}>
        <ListingActions listing={listing} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('listing.summary')} style={{ marginBottom: 16 }}>
            <Texts listing={listing} />
          </Card>
          {fields.length > 0 && (
            <Card title={t('listing.detailsTitle', { type: label('listingType', listing.type) })}>
              <Descriptions
                column={1}
                bordered
                size="small"
                layout={screens.sm ? 'horizontal' : 'vertical'}
                styles={{ label: screens.sm ? { width: '35%' } : {} }}
              >
                {fields.map((field) => (
                  <Descriptions.Item key={field.name} label={t(`field.details.${field.name}`)}>
                    <DetailValue field={field} value={listing.details[field.name]} />
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('listing.publisher')} style={{ marginBottom: 16 }}>
            {listing.organisation ? (
              <Flex vertical gap={4}>
                <Link to={`/organisations/${listing.organisation.id}`} style={{ fontWeight: 600, fontSize: 16 }}>
                  {listing.organisation.name}
                </Link>
                <span className="muted">{label('organisationType', listing.organisation.type)}</span>
                <span>
                  <EnvironmentOutlined aria-hidden /> {fmt.country(listing.organisation.country)}
                </span>
                <div>
                  <VerifiedBadge verified={listing.organisation.verified} />
                </div>
              </Flex>
            ) : (
              <span className="muted">
                <EyeInvisibleOutlined aria-hidden /> {t('listing.anonymousOrganisation')}
              </span>
            )}
          </Card>
          <Card title={t('listing.overview')}>
            <Descriptions column={1} size="small">
              {common.map((c) => (
                <Descriptions.Item key={c.key} label={t(`field.${c.key}`)}>
                  {c.value}
                </Descriptions.Item>
              ))}
            </Descriptions>
            <TagSection title={t('field.sectors')} show={listing.sectors.length > 0}>
              <ConceptTags codes={listing.sectors} color="blue" />
            </TagSection>
            <TagSection title={t('field.keywords')} show={listing.keywords.length > 0}>
              <ConceptTags codes={listing.keywords} />
            </TagSection>
            <TagSection title={t('field.freeKeywords')} show={listing.freeKeywords.length > 0}>
              {listing.freeKeywords.map((k) => (
                <Tag key={k} style={{ marginBottom: 4 }}>
                  {k}
                </Tag>
              ))}
            </TagSection>
            <TagSection title={t('field.countriesSought')} show={listing.countriesSought.length > 0}>
              {listing.countriesSought.map((c) => (
                <Tag key={c} style={{ marginBottom: 4 }}>
                  {fmt.country(c)}
                </Tag>
              ))}
            </TagSection>
          </Card>
          <ListingTagsCard listing={listing} />
        </Col>
      </Row>
      <ListingMatches listing={listing} />
    </>
  );
}

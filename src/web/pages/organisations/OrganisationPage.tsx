/** An organisation's public profile, its published listings, and (for its admins) editing. */
import { EditOutlined, EnvironmentOutlined, GlobalOutlined, ImportOutlined } from '@ant-design/icons';
import { Avatar, Button, Card, Col, Drawer, Empty, Flex, Grid, Row, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CONTENT_LANGUAGES } from '../../../domain/shared/vocab';
import { useListingList } from '../../api/listings';
import { logoUrl, useOrganisation, useUpdateOrganisation } from '../../api/organisations';
import type { Organisation } from '../../api/types';
import { ErrorResult } from '../../components/ErrorState';
import { ConceptTags, DemoTag, VerifiedBadge, useEnumLabel } from '../../components/Labels';
import { LinkButton } from '../../components/LinkButton';
import { ListingCard } from '../../components/ListingCard';
import { LogoUpload } from '../../components/organisation/LogoUpload';
import { OrganisationForm } from '../../components/organisation/OrganisationForm';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';

function Descriptions({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const langs = CONTENT_LANGUAGES.filter((lang) => org.descriptions[lang]);
  if (!langs.length) return <Typography.Text type="secondary">{t('org.noDescription')}</Typography.Text>;
  const preferred = langs.includes(fmt.lang) ? fmt.lang : langs[0];
  return (
    <Tabs
      defaultActiveKey={preferred}
      items={langs.map((lang) => ({
        key: lang,
        label: fmt.language(lang),
        children: (
          <div className="pre-wrap" lang={lang}>
            {org.descriptions[lang]}
          </div>
        ),
      }))}
    />
  );
}

function VerificationTag({ org }: { org: Organisation }) {
  const label = useEnumLabel();
  if (org.verified) return <VerifiedBadge verified />;
  if (!org.abilities.edit) return null;
  return (
    <Tag color={org.verificationStatus === 'rejected' ? 'red' : 'default'}>
      {label('verificationStatus', org.verificationStatus)}
    </Tag>
  );
}

export default function OrganisationPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const screens = Grid.useBreakpoint();
  const query = useOrganisation(id);
  const org = query.data;
  const listings = useListingList({ organisationId: id, sort: 'date', limit: 24 }, Boolean(org));
  const update = useUpdateOrganisation(id ?? '');
  const [editing, setEditing] = useState(false);
  const [logoVersion, setLogoVersion] = useState<string | undefined>(undefined);
  useDocumentTitle(org?.name ?? t('nav.organisations'));

  if (query.isPending) return <Skeleton active avatar paragraph={{ rows: 8 }} />;
  if (query.isError || !org) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={20} align="center" wrap>
          {org.hasLogo ? (
            <img className="org-logo" src={logoUrl(org, logoVersion)} alt={t('org.logoAlt', { name: org.name })} />
          ) : (
            <Avatar shape="square" size={72} style={{ background: '#dbeafe', color: '#1d4ed8', fontSize: 30 }}>
              {org.name.slice(0, 1).toUpperCase()}
            </Avatar>
          )}
          <div style={{ flex: 1, minWidth: 220 }}>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {org.name}
            </Typography.Title>
            <Space wrap size={[12, 4]} style={{ marginTop: 6 }}>
              <Tag color="blue">{label('organisationType', org.type)}</Tag>
              <span>
                <EnvironmentOutlined aria-hidden /> {[org.city, fmt.country(org.country)].filter(Boolean).join(', ')}
              </span>
              {org.website && (
                <a href={org.website} target="_blank" rel="noopener noreferrer nofollow">
                  <GlobalOutlined aria-hidden /> {org.website.replace(/^https?:\/\//, '')}
                </a>
              )}
              <VerificationTag org={org} />
              <DemoTag demo={org.demo} />
            </Space>
          </div>
          {org.abilities.edit && (
            <Space wrap>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('org.edit')}
              </Button>
              <LogoUpload organisationId={org.id} onUploaded={() => setLogoVersion(String(Date.now()))} />
              <LinkButton to={`/organisations/${org.id}/import`} icon={<ImportOutlined aria-hidden />}>
                {t('import.title')}
              </LinkButton>
            </Space>
          )}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('org.about')}>
            <Descriptions org={org} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('field.sectors')}>
            {org.sectors.length ? <ConceptTags codes={org.sectors} color="blue" /> : <span className="muted">—</span>}
            <div className="muted" style={{ marginTop: 12, fontSize: 12 }}>
              {t('org.memberSince', { date: fmt.date(org.createdAt) })}
            </div>
          </Card>
        </Col>
      </Row>
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {t('org.listings')}
      </Typography.Title>
      {listings.isPending ? (
        <Skeleton active />
      ) : listings.data?.items.length ? (
        <Row gutter={[12, 12]}>
          {listings.data.items.map((listing) => (
            <Col xs={24} md={12} lg={8} key={listing.id}>
              <ListingCard listing={listing} />
            </Col>
          ))}
        </Row>
      ) : (
        <Card>
          <Empty description={t('org.noListings')} />
        </Card>
      )}
      <Drawer
        open={editing}
        onClose={() => setEditing(false)}
        title={t('org.editTitle')}
        size={screens.md ? 640 : '100%'}
        destroyOnHidden
      >
        <OrganisationForm
          organisation={org}
          submitLabel={t('common.save')}
          onSubmit={(input) =>
            update.mutateAsync({ ...input, city: input.city ?? null, website: input.website ?? null, version: org.version })
          }
          onDone={() => setEditing(false)}
        />
      </Drawer>
    </>
  );
}

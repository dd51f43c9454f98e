/** "My organisation": the user's organisations, their listings in every status, members and invitations. */
import { ImportOutlined, PlusOutlined, ProfileOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Modal, Row, Select, Skeleton, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LISTING_STATUSES } from '../../../domain/shared/vocab';
import { useCreateOrganisation, useOrganisation, useOrganisationListings } from '../../api/organisations';
import type { User } from '../../api/types';
import { ErrorResult } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { useEnumLabel } from '../../components/Labels';
import { LinkButton } from '../../components/LinkButton';
import { MembersCard } from '../../components/organisation/MembersCard';
import { OrgListingsTable } from '../../components/organisation/OrgListingsTable';
import { OrganisationForm } from '../../components/organisation/OrganisationForm';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';
import { Recommendations } from '../../matching/Recommendations';

function CreateOrganisation({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  return (
    <OrganisationForm
      submitLabel={t('my.createOrgButton')}
      onSubmit={async (input) => {
        const org = await create.mutateAsync(input);
        onCreated(org.id);
      }}
    />
  );
}

function Dashboard({ user }: { user: User }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const selected =
    user.memberships.find((m) => m.organisationId === params.get('org')) ?? user.memberships[0];
  const orgId = selected?.organisationId;
  const org = useOrganisation(orgId);
  const listings = useOrganisationListings(orgId);
  const select = (id: string) => setParams({ org: id }, { replace: true });

  if (!selected || !orgId) {
    return (
      <Card title={t('my.createOrgTitle')}>
        <Typography.Paragraph type="secondary">{t('my.noMemberships')}</Typography.Paragraph>
        <CreateOrganisation onCreated={(id) => select(id)} />
      </Card>
    );
  }

  const items = listings.data?.items ?? [];
  const counts = Object.fromEntries(LISTING_STATUSES.map((s) => [s, items.filter((l) => l.status === s).length]));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space wrap align="center">
          {user.memberships.length > 1 ? (
            <Select
              aria-label={t('my.chooseOrganisation')}
              value={orgId}
              onChange={select}
              style={{ minWidth: 260 }}
              options={user.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
            />
          ) : (
            <Typography.Title level={3} style={{ margin: 0 }}>
              {selected.organisationName}
            </Typography.Title>
          )}
          <span className="muted">{t('my.yourRole', { role: label('memberRole', selected.role) })}</span>
        </Space>
        <Space wrap>
          <LinkButton to={`/listings/new?org=${orgId}`} type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('nav.newListing')}
          </LinkButton>
          <LinkButton to={`/organisations/${orgId}/import`} icon={<ImportOutlined aria-hidden />}>
            {t('import.title')}
          </LinkButton>
          <LinkButton to={`/organisations/${orgId}`} icon={<ProfileOutlined aria-hidden />}>
            {t('my.publicProfile')}
          </LinkButton>
          <Button type="text" onClick={() => setCreating(true)}>
            {t('my.createAnother')}
          </Button>
        </Space>
      </Flex>

      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {LISTING_STATUSES.map((status) => (
          <Col xs={8} md={4} key={status}>
            <Card size="small">
              <Statistic
                title={label('listingStatus', status)}
                value={counts[status] ?? 0}
                formatter={(v) => fmt.number(Number(v))}
                loading={listings.isPending}
              />
            </Card>
          </Col>
        ))}
      </Row>

      <Card title={t('my.listingsTitle')} style={{ marginBottom: 16 }}>
        {listings.isError ? (
          <ErrorResult error={listings.error} onRetry={() => void listings.refetch()} />
        ) : (
          <OrgListingsTable listings={items} loading={listings.isPending} />
        )}
      </Card>

      <Recommendations organisationId={orgId} />

      {org.isPending ? (
        <Skeleton active />
      ) : org.data ? (
        <MembersCard organisation={org.data} />
      ) : null}

      <Modal
        open={creating}
        title={t('my.createOrgTitle')}
        footer={null}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        width={720}
      >
        <CreateOrganisation
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/my?org=${id}`);
          }}
        />
      </Modal>
    </>
  );
}

export default function MyOrganisationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.my'));
  return (
    <>
      <Typography.Title level={2} className="page-title">
        {t('nav.my')}
      </Typography.Title>
      <RequireUser>{(user) => <Dashboard user={user} />}</RequireUser>
    </>
  );
}

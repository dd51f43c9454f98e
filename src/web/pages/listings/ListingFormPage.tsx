/** /listings/new?type=… and /listings/:id/edit. */
import { Breadcrumb, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LISTING_TYPES } from '../../../domain/shared/vocab';
import { useListing } from '../../api/listings';
import type { ListingType, User } from '../../api/types';
import { ErrorResult } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { useEnumLabel } from '../../components/Labels';
import { LinkButton } from '../../components/LinkButton';
import { ListingForm } from '../../components/listing-form/ListingForm';
import { TypePicker } from '../../components/listing-form/TypePicker';
import { StatusResult } from '../../components/StatusResult';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { emptyValues, listingToValues } from '../../listings/formModel';

function asListingType(value: string | null): ListingType | null {
  return LISTING_TYPES.find((type) => type === value) ?? null;
}

function NewListing({ user }: { user: User }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [params] = useSearchParams();
  const type = asListingType(params.get('type'));
  const orgParam = params.get('org');
  const organisationId =
    user.memberships.find((m) => m.organisationId === orgParam)?.organisationId ?? user.memberships[0]?.organisationId;
  const initialValues = useMemo(() => (type ? emptyValues(type, organisationId) : {}), [type, organisationId]);
  useDocumentTitle(type ? t('form.newTitle', { type: label('listingType', type) }) : t('form.chooseType'));

  if (user.memberships.length === 0) {
    return (
      <StatusResult
        status="info"
        title={t('form.needOrganisation')}
        subTitle={t('form.needOrganisationHint')}
        extra={
          <LinkButton to="/my" type="primary">
            {t('my.createOrgTitle')}
          </LinkButton>
        }
      />
    );
  }
  if (!type) return <TypePicker organisationId={orgParam ?? undefined} />;
  const orgName = user.memberships.find((m) => m.organisationId === organisationId)?.organisationName;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/listings/new">{t('nav.newListing')}</Link> }, { title: label('listingType', type) }]}
      />
      <Typography.Title level={2} className="page-title">
        {t('form.newTitle', { type: label('listingType', type) })}
      </Typography.Title>
      {user.memberships.length === 1 && orgName && (
        <Typography.Paragraph type="secondary">{t('form.publishingAs', { name: orgName })}</Typography.Paragraph>
      )}
      <ListingForm key={type} type={type} memberships={user.memberships} initialValues={initialValues} />
    </>
  );
}

function EditListing({ id, user }: { id: string; user: User }) {
  const { t } = useTranslation();
  const query = useListing(id);
  const listing = query.data;
  const initialValues = useMemo(() => (listing ? listingToValues(listing) : {}), [listing?.id, listing?.version]);
  useDocumentTitle(listing ? t('form.editTitle', { title: listing.title }) : null);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.isError || !listing) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!listing.abilities.edit) {
    return (
      <StatusResult
        status="403"
        title={t('errors.FORBIDDEN')}
        subTitle={t('form.cannotEdit')}
        extra={
          <LinkButton to={`/listings/${listing.id}`}>{t('common.back')}</LinkButton>
        }
      />
    );
  }
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to={`/listings/${listing.id}`}>{listing.title}</Link> }, { title: t('listing.action.edit') }]}
      />
      <Typography.Title level={2} className="page-title">
        {t('form.editTitle', { title: listing.title })}
      </Typography.Title>
      {listing.status === 'published' && (
        <Typography.Paragraph type="secondary">{t('form.editPublishedHint')}</Typography.Paragraph>
      )}
      <ListingForm
        key={`${listing.id}:${listing.version}`}
        type={listing.type}
        listing={listing}
        memberships={user.memberships}
        initialValues={initialValues}
      />
    </>
  );
}

export default function ListingFormPage() {
  const { id } = useParams();
  return <RequireUser>{(user) => (id ? <EditListing id={id} user={user} /> : <NewListing user={user} />)}</RequireUser>;
}

/** /events/new and /events/:id/edit. */
import { Breadcrumb, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEvent } from '../api/events';
import type { User } from '../api/types';
import { ErrorResult } from '../components/ErrorState';
import { RequireUser } from '../components/Guards';
import { LinkButton } from '../components/LinkButton';
import { StatusResult } from '../components/StatusResult';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormat } from '../i18n/format';
import { EventForm } from './EventForm';
import { emptyEventValues, eventToValues } from './eventFormModel';
import { useLocalised } from './localised';

function NewEvent({ user }: { user: User }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const initialValues = useMemo(() => emptyEventValues(user.memberships[0]?.organisationId, fmt.lang), [user, fmt.lang]);
  useDocumentTitle(t('events.new'));
  if (user.memberships.length === 0) {
    return (
      <StatusResult
        status="info"
        title={t('form.needOrganisation')}
        subTitle={t('events.form.needOrganisationHint')}
        extra={
          <LinkButton to="/my" type="primary">
            {t('my.createOrgTitle')}
          </LinkButton>
        }
      />
    );
  }
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/events">{t('events.title')}</Link> }, { title: t('events.new') }]} />
      <Typography.Title level={2} className="page-title">
        {t('events.new')}
      </Typography.Title>
      <EventForm memberships={user.memberships} initialValues={initialValues} />
    </>
  );
}

function EditEvent({ user, id }: { user: User; id: string }) {
  const { t } = useTranslation();
  const query = useEvent(id);
  const pick = useLocalised(query.data?.defaultLanguage ?? 'en');
  const initialValues = useMemo(() => (query.data ? eventToValues(query.data) : null), [query.data]);
  useDocumentTitle(t('events.edit'));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError || !initialValues) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const event = query.data;
  if (!event.abilities.edit) return <StatusResult status="403" title={t('errors.FORBIDDEN')} />;
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/events">{t('events.title')}</Link> }, { title: <Link to={`/events/${event.id}`}>{pick(event.title).text}</Link> }, { title: t('events.edit') }]} />
      <Typography.Title level={2} className="page-title">
        {t('events.edit')}
      </Typography.Title>
      <EventForm event={event} memberships={user.memberships} initialValues={initialValues} />
    </>
  );
}

export default function EventFormPage() {
  const { id } = useParams();
  return <RequireUser>{(user) => (id ? <EditEvent user={user} id={id} /> : <NewEvent user={user} />)}</RequireUser>;
}

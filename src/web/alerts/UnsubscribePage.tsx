/** The page an unsubscribe link of a digest opens: says what stops, and stops it with one button (no login). */
import { Button, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useUnsubscribe, useUnsubscribeInfo } from '../api/alerts';
import { isApiError } from '../api/client';
import { ErrorResult } from '../components/ErrorState';
import { LinkButton } from '../components/LinkButton';
import { StatusResult } from '../components/StatusResult';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { ServerErrorAlert } from '../events/FormBits';

export default function UnsubscribePage() {
  const { t } = useTranslation();
  const { token } = useParams();
  const info = useUnsubscribeInfo(token);
  const unsubscribe = useUnsubscribe(token);
  useDocumentTitle(t('alerts.unsubscribe.title'));

  if (info.isPending) return <Skeleton active style={{ maxWidth: 560, margin: '40px auto' }} />;
  if (info.isError) {
    if (isApiError(info.error) && (info.error.status === 404 || info.error.status === 400)) {
      return (
        <StatusResult
          status="404"
          title={t('alerts.unsubscribe.invalid')}
          subTitle={t('errors.UNSUBSCRIBE_LINK_INVALID')}
          extra={
            <LinkButton to="/my/alerts" type="primary">
              {t('alerts.nav')}
            </LinkButton>
          }
        />
      );
    }
    return <ErrorResult error={info.error} onRetry={() => void info.refetch()} />;
  }
  const { kind, name, frequency } = info.data;
  if (frequency === 'off') {
    return (
      <StatusResult
        status="success"
        title={t('alerts.unsubscribe.done')}
        subTitle={t(kind === 'saved_search' ? 'alerts.unsubscribe.doneSavedSearch' : 'alerts.unsubscribe.doneMatchAlert', { name })}
        extra={<LinkButton to="/my/alerts">{t('alerts.nav')}</LinkButton>}
      />
    );
  }
  return (
    <Card title={t('alerts.unsubscribe.title')} style={{ maxWidth: 560, margin: '40px auto' }}>
      <p>{t(kind === 'saved_search' ? 'alerts.unsubscribe.savedSearch' : 'alerts.unsubscribe.matchAlert', { name })}</p>
      <ServerErrorAlert error={unsubscribe.error} />
      <Button type="primary" danger loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate()}>
        {t('alerts.unsubscribe.confirm')}
      </Button>
    </Card>
  );
}

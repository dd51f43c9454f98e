/** Turning API errors into translated messages (errors.<CODE>, with a generic fallback). */
import { Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { isApiError } from '../api/client';
import { LinkButton } from './LinkButton';
import { StatusResult } from './StatusResult';

export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const key = `errors.${error.code}`;
        const details = (error.details ?? {}) as { currentVersion?: unknown };
        if (i18n.exists(key)) return t(key, { currentVersion: String(details.currentVersion ?? '') });
        if (error.status === 404) return t('errors.NOT_FOUND');
        if (error.status === 401) return t('errors.UNAUTHENTICATED');
        if (error.status === 403) return t('errors.FORBIDDEN');
        return t('errors.generic');
      }
      if (error instanceof TypeError) return t('errors.network');
      return t('errors.generic');
    },
    [t, i18n],
  );
}

/** A full-page error for a failed load (404s get their own wording). */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const status = isApiError(error) ? error.status : 500;
  const notFound = status === 404;
  const forbidden = status === 403 || status === 401;
  return (
    <StatusResult
      status={notFound ? '404' : forbidden ? '403' : 'error'}
      title={notFound ? t('notFound.title') : forbidden ? t('errors.FORBIDDEN') : t('errors.loadFailed')}
      subTitle={text(error)}
      extra={
        <>
          {onRetry && !notFound && !forbidden && <Button onClick={onRetry}>{t('common.retry')}</Button>}
          <LinkButton to="/" type="primary">
            {t('notFound.home')}
          </LinkButton>
        </>
      }
    />
  );
}

export function RouteError() {
  const error = useRouteError();
  return (
    <div style={{ padding: 24 }}>
      <ErrorResult error={error} />
    </div>
  );
}

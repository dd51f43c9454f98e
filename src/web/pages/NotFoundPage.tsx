import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/LinkButton';
import { StatusResult } from '../components/StatusResult';
import { useDocumentTitle } from '../components/useDocumentTitle';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <StatusResult
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text')}
      extra={
        <LinkButton to="/" type="primary">
          {t('notFound.home')}
        </LinkButton>
      }
    />
  );
}

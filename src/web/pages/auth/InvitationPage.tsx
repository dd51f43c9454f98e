import { Alert, Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAcceptInvitation, useMe } from '../../api/auth';
import { useErrorText } from '../../components/ErrorState';
import { LinkButton } from '../../components/LinkButton';
import { StatusResult } from '../../components/StatusResult';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { AuthCard } from './AuthCard';

export default function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  useDocumentTitle(t('auth.invitationTitle'));
  const here = encodeURIComponent(`/invitations/${token}`);

  if (me.isPending) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  if (accept.isSuccess) {
    return (
      <StatusResult
        status="success"
        title={t('auth.invitationAccepted')}
        extra={
          <Button type="primary" onClick={() => void navigate('/my')}>
            {t('nav.my')}
          </Button>
        }
      />
    );
  }
  const user = me.data?.user;
  return (
    <AuthCard title={t('auth.invitationTitle')} intro={t('auth.invitationIntro')}>
      {accept.isError && <Alert type="error" showIcon title={errorText(accept.error)} style={{ marginBottom: 16 }} />}
      {user ? (
        <>
          <p>{t('auth.acceptAs', { name: user.displayName, email: user.email })}</p>
          <Button type="primary" size="large" block loading={accept.isPending} onClick={() => accept.mutate({ token })}>
            {t('auth.acceptInvitation')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('auth.loginToAccept')}</p>
          <Space wrap>
            <LinkButton to={`/login?next=${here}`} type="primary">
              {t('nav.login')}
            </LinkButton>
            <LinkButton to={`/register?next=${here}`}>{t('nav.register')}</LinkButton>
          </Space>
        </>
      )}
    </AuthCard>
  );
}

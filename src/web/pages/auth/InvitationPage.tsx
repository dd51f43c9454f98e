import { Alert, Button, Result, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAcceptInvitation, useMe } from '../../api/auth';
import { useErrorText } from '../../components/ErrorState';
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
      <Result
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
            <Link to={`/login?next=${here}`}>
              <Button type="primary">{t('nav.login')}</Button>
            </Link>
            <Link to={`/register?next=${here}`}>
              <Button>{t('nav.register')}</Button>
            </Link>
          </Space>
        </>
      )}
    </AuthCard>
  );
}

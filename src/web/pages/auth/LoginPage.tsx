import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLogin } from '../../api/auth';
import { useErrorText } from '../../components/ErrorState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useRules } from '../../components/useRules';
import { AuthCard, safeNext } from './AuthCard';

export default function LoginPage() {
  const { t } = useTranslation();
  const rules = useRules();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('auth.loginTitle'));

  return (
    <AuthCard title={t('auth.loginTitle')}>
      {login.isError && <Alert type="error" showIcon title={errorText(login.error)} style={{ marginBottom: 16 }} />}
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={(values: { email: string; password: string }) =>
          login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: () => void navigate(next) })
        }
      >
        <Form.Item name="email" label={t('auth.email')} rules={[rules.requiredText(), rules.email()]}>
          <Input prefix={<MailOutlined aria-hidden />} type="email" autoComplete="email" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[rules.required()]}>
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('auth.loginButton')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 }}>
        <Link to="/password-reset">{t('auth.forgotPassword')}</Link>
        <Link to={`/register${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('auth.noAccount')}</Link>
      </div>
    </AuthCard>
  );
}

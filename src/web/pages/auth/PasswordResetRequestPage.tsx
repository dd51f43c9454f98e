import { MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../../api/auth';
import { useErrorText } from '../../components/ErrorState';
import { LinkButton } from '../../components/LinkButton';
import { StatusResult } from '../../components/StatusResult';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useRules } from '../../components/useRules';
import { AuthCard } from './AuthCard';

export default function PasswordResetRequestPage() {
  const { t } = useTranslation();
  const rules = useRules();
  const errorText = useErrorText();
  const request = useRequestPasswordReset();
  useDocumentTitle(t('auth.resetRequestTitle'));

  if (request.isSuccess) {
    return (
      <StatusResult
        status="success"
        title={t('auth.resetRequestSentTitle')}
        subTitle={t('auth.resetRequestSent')}
        extra={
          <LinkButton to="/login" type="primary">
            {t('nav.login')}
          </LinkButton>
        }
      />
    );
  }
  return (
    <AuthCard title={t('auth.resetRequestTitle')} intro={t('auth.resetRequestIntro')}>
      {request.isError && <Alert type="error" showIcon title={errorText(request.error)} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" requiredMark={false} onFinish={(v: { email: string }) => request.mutate({ email: v.email.trim() })}>
        <Form.Item name="email" label={t('auth.email')} rules={[rules.requiredText(), rules.email()]}>
          <Input prefix={<MailOutlined aria-hidden />} type="email" autoComplete="email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={request.isPending}>
          {t('auth.resetRequestButton')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <Link to="/login">{t('common.back')}</Link>
      </div>
    </AuthCard>
  );
}

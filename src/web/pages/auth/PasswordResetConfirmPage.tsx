import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useConfirmPasswordReset } from '../../api/auth';
import { useErrorText } from '../../components/ErrorState';
import { LinkButton } from '../../components/LinkButton';
import { StatusResult } from '../../components/StatusResult';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useRules } from '../../components/useRules';
import { AuthCard } from './AuthCard';

export default function PasswordResetConfirmPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const rules = useRules();
  const errorText = useErrorText();
  const confirm = useConfirmPasswordReset();
  useDocumentTitle(t('auth.resetConfirmTitle'));

  if (confirm.isSuccess) {
    return (
      <StatusResult
        status="success"
        title={t('auth.resetDone')}
        extra={
          <LinkButton to="/login" type="primary">
            {t('nav.login')}
          </LinkButton>
        }
      />
    );
  }
  return (
    <AuthCard title={t('auth.resetConfirmTitle')}>
      {confirm.isError && <Alert type="error" showIcon title={errorText(confirm.error)} style={{ marginBottom: 16 }} />}
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={(v: { password: string }) => confirm.mutate({ token, password: v.password })}
      >
        <Form.Item
          name="password"
          label={t('auth.newPassword')}
          extra={t('auth.passwordHint', { min: 10 })}
          rules={[rules.required(), rules.password()]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['password']}
          rules={[
            rules.required(),
            ({ getFieldValue }) => ({
              validator: (_r, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.passwordsMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
          {t('auth.resetConfirmButton')}
        </Button>
      </Form>
    </AuthCard>
  );
}

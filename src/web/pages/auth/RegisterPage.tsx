import { Alert, Button, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ORGANISATION_TYPES } from '../../../domain/shared/vocab';
import { type RegisterInput, useRegister } from '../../api/auth';
import { isApiError } from '../../api/client';
import type { OrganisationType } from '../../api/types';
import { useErrorText } from '../../components/ErrorState';
import { useEnumLabel } from '../../components/Labels';
import { CountrySelect } from '../../components/Pickers';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useRules } from '../../components/useRules';
import { useFormat } from '../../i18n/format';
import { type FieldPath, matchField } from '../../listings/formModel';
import { AuthCard, safeNext } from './AuthCard';

interface Values {
  email: string;
  password: string;
  displayName: string;
  withOrganisation?: boolean;
  organisation?: { name?: string; type?: OrganisationType; country?: string; city?: string };
}

export default function RegisterPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const rules = useRules();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const register = useRegister();
  const [form] = Form.useForm<Values>();
  const withOrg = Form.useWatch('withOrganisation', form) ?? false;
  useDocumentTitle(t('auth.registerTitle'));

  const finish = (values: Values) => {
    const input: RegisterInput = {
      email: values.email.trim(),
      password: values.password,
      displayName: values.displayName.trim(),
      locale: fmt.lang,
    };
    const org = values.organisation;
    if (values.withOrganisation && org?.name && org.type && org.country) {
      input.organisation = { name: org.name.trim(), type: org.type, country: org.country, ...(org.city?.trim() ? { city: org.city.trim() } : {}) };
    }
    register.mutate(input, {
      onSuccess: () => void navigate(params.get('next') ? safeNext(params.get('next')) : values.withOrganisation ? '/my' : '/'),
      onError: (error) => {
        if (!isApiError(error)) return;
        const registered = form.getFieldsError().map((f) => f.name as FieldPath);
        const fields = error.issues.flatMap((issue) => {
          const name = matchField(issue.path, issue.message, issue.keyword, registered);
          return name ? [{ name, errors: [issue.message] }] : [];
        });
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
      },
    });
  };

  return (
    <AuthCard title={t('auth.registerTitle')} intro={t('auth.registerIntro')}>
      {register.isError && <Alert type="error" showIcon title={errorText(register.error)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" requiredMark="optional" onFinish={finish}>
        <Form.Item name="displayName" label={t('auth.displayName')} rules={[rules.requiredText(), rules.maxLength(120)]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="email" label={t('auth.email')} rules={[rules.requiredText(), rules.email()]}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          extra={t('auth.passwordHint', { min: 10 })}
          rules={[rules.required(), rules.password()]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="withOrganisation" valuePropName="checked">
          <Checkbox>{t('auth.createOrganisation')}</Checkbox>
        </Form.Item>
        {withOrg && (
          <>
            <Form.Item name={['organisation', 'name']} label={t('org.field.name')} rules={[rules.requiredText(), rules.minLength(2), rules.maxLength(200)]}>
              <Input autoComplete="organization" />
            </Form.Item>
            <Form.Item name={['organisation', 'type']} label={t('org.field.type')} rules={[rules.required()]}>
              <Select options={ORGANISATION_TYPES.map((v) => ({ value: v, label: label('organisationType', v) }))} />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name={['organisation', 'country']} label={t('org.field.country')} rules={[rules.required()]}>
                  <CountrySelect />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name={['organisation', 'city']} label={t('org.field.city')} rules={[rules.maxLength(120)]}>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending}>
          {t('auth.registerButton')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <Link to="/login">{t('auth.haveAccount')}</Link>
      </div>
    </AuthCard>
  );
}

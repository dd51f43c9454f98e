/** The form control(s) for one `details` field, with rules mirroring the schema. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, type FormRule, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, DEGREE_LEVELS, SALARY_PERIODS } from '../../../domain/shared/vocab';
import { type DetailField, enumValues } from '../../listings/fields';
import { useEnumLabel } from '../Labels';
import { CountrySelect, SpokenLanguagesSelect } from '../Pickers';
import { useRules } from '../useRules';

const AMOUNT_MAX = 1e15;

function CurrencySelect({ name, required }: { name: (string | number)[]; required: boolean }) {
  const { t } = useTranslation();
  const rules = useRules();
  return (
    <Form.Item name={name} label={t('field.sub.currency')} rules={required ? [rules.required()] : []}>
      <Select
        showSearch
        allowClear={!required}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        aria-label={t('field.sub.currency')}
      />
    </Form.Item>
  );
}

function AmountInput({ name, label, rules }: { name: (string | number)[]; label: string; rules?: FormRule[] }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[...(rules ?? []), { type: 'integer', min: 0, max: AMOUNT_MAX, message: t('validation.amount') }]}>
      <InputNumber min={0} max={AMOUNT_MAX} precision={0} style={{ width: '100%' }} aria-label={label} />
    </Form.Item>
  );
}

/** min/max/currency(/period) group: currency (and period) are needed once an amount is given. */
function RangeInputs({ field, base }: { field: DetailField; base: (string | number)[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  const form = Form.useFormInstance();
  const min = Form.useWatch([...base, 'min'], form) as number | null | undefined;
  const max = Form.useWatch([...base, 'max'], form) as number | null | undefined;
  const used = (min !== undefined && min !== null) || (max !== undefined && max !== null);
  const maxRule: FormRule = {
    validator: (_rule, value: number | null | undefined) =>
      value !== undefined && value !== null && min !== undefined && min !== null && value < min
        ? Promise.reject(new Error(t('validation.maxGteMin')))
        : Promise.resolve(),
  };
  return (
    <Row gutter={12}>
      <Col xs={12} md={6}>
        <AmountInput name={[...base, 'min']} label={t('field.sub.min')} />
      </Col>
      <Col xs={12} md={6}>
        <AmountInput name={[...base, 'max']} label={t('field.sub.max')} rules={[maxRule]} />
      </Col>
      <Col xs={12} md={6}>
        <CurrencySelect name={[...base, 'currency']} required={used} />
      </Col>
      {field.kind === 'salary' && (
        <Col xs={12} md={6}>
          <Form.Item name={[...base, 'period']} label={t('field.sub.period')} rules={used ? [rules.required()] : []}>
            <Select allowClear options={SALARY_PERIODS.map((p) => ({ value: p, label: label('salaryPeriod', p) }))} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

function DegreesInput({ base }: { base: (string | number)[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  return (
    <Form.List name={base}>
      {(items, { add, remove }) => (
        <>
          {items.map((item) => (
            <Row gutter={8} key={item.key} align="top" wrap>
              <Col xs={24} sm={5}>
                <Form.Item name={[item.name, 'level']} label={t('field.degree.level')} rules={[rules.required()]}>
                  <Select options={DEGREE_LEVELS.map((d) => ({ value: d, label: label('degreeLevel', d) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={7}>
                <Form.Item name={[item.name, 'field']} label={t('field.degree.field')} rules={[rules.requiredText(), rules.maxLength(200)]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} sm={7}>
                <Form.Item name={[item.name, 'institution']} label={t('field.degree.institution')} rules={[rules.maxLength(200)]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={18} sm={4}>
                <Form.Item name={[item.name, 'year']} label={t('field.degree.year')} rules={[rules.intRange(1940, 2100)]}>
                  <InputNumber min={1940} max={2100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={6} sm={1} style={{ paddingTop: 30 }}>
                <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('common.remove')} onClick={() => remove(item.name)} />
              </Col>
            </Row>
          ))}
          {items.length < 10 && (
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('form.addDegree')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

export function DetailFieldInput({ field }: { field: DetailField }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  const name = ['details', field.name];
  const title = t(`field.details.${field.name}`);
  const base: FormRule[] = [];
  if (field.required && field.kind !== 'bool') {
    base.push(field.kind === 'text' || field.kind === 'textarea' ? rules.requiredText() : rules.required());
  }
  if (field.maxLength && (field.kind === 'text' || field.kind === 'textarea')) base.push(rules.maxLength(field.maxLength));
  if (field.minItems) base.push(rules.minItems(field.minItems));
  if (field.maxItems && field.kind !== 'degrees') base.push(rules.maxItems(field.maxItems));
  const options = enumValues(field).map((v) => ({ value: v, label: field.group ? label(field.group, v) : v }));

  switch (field.kind) {
    case 'int':
      return (
        <Form.Item name={name} label={title} rules={[...base, rules.intRange(field.min ?? 0, field.max ?? AMOUNT_MAX)]}>
          <InputNumber min={field.min} max={field.max} precision={0} style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item name={name} label={title} rules={base}>
          <Input maxLength={field.maxLength} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item name={name} label={title} rules={base}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} showCount maxLength={field.maxLength} />
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item name={name} label={title} rules={base}>
          <Select options={options} allowClear={!field.required} />
        </Form.Item>
      );
    case 'enumMulti':
      return (
        <Form.Item name={name} label={title} rules={base}>
          <Select mode="multiple" options={options} allowClear />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item name={name} label={title} rules={base} extra={t('form.tagsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ';']} />
        </Form.Item>
      );
    case 'languages':
      return (
        <Form.Item
          name={name}
          label={title}
          rules={[
            ...base,
            {
              validator: (_r, value: string[] | undefined) =>
                (value ?? []).every((v) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.languageTag'))),
            },
          ]}
        >
          <SpokenLanguagesSelect />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item name={name} label={title} rules={base}>
          <DatePicker style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
      );
    case 'country':
      return (
        <Form.Item name={name} label={title} rules={base}>
          <CountrySelect style={{ maxWidth: 320 }} />
        </Form.Item>
      );
    case 'bool':
      return (
        <Form.Item name={name} label={title} valuePropName="checked">
          <Switch />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item label={title} required={field.required} style={{ marginBottom: 0 }}>
          <Space wrap align="start">
            <AmountInput name={[...name, 'amount']} label={t('field.sub.amount')} rules={field.required ? [rules.required()] : []} />
            <div style={{ minWidth: 140 }}>
              <CurrencySelect name={[...name, 'currency']} required={Boolean(field.required)} />
            </div>
          </Space>
        </Form.Item>
      );
    case 'moneyRange':
    case 'salary':
      return (
        <Form.Item label={title} style={{ marginBottom: 0 }}>
          <RangeInputs field={field} base={name} />
        </Form.Item>
      );
    case 'degrees':
      return (
        <Form.Item label={title}>
          <DegreesInput base={name} />
        </Form.Item>
      );
  }
}

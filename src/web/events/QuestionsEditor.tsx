/** The registration form builder: extra questions (text, choice, several choices, yes/no) per language. */
import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS } from '../../domain/events/vocab';
import { useEnumLabel } from '../components/Labels';
import { useRules } from '../components/useRules';
import { LocalisedFields } from './FormBits';

export function QuestionsEditor({ languages, defaultLanguage }: { languages: string[]; defaultLanguage: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useRules();
  return (
    <Form.List name="questions">
      {(fields, { add, remove }) => (
        <>
          <div style={{ fontWeight: 600, marginBottom: 8 }}>{t('events.form.questions')}</div>
          {fields.length === 0 && <p className="muted">{t('events.form.noQuestions')}</p>}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('events.form.questionN', { n: index + 1 })}
              extra={<Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('events.form.removeQuestion')} onClick={() => remove(field.name)} />}
            >
              <Space wrap align="start">
                <Form.Item name={[field.name, 'kind']} label={t('events.form.questionKind')} rules={[rules.required()]} style={{ minWidth: 200 }}>
                  <Select options={QUESTION_KINDS.map((k) => ({ value: k, label: label('questionKind', k) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'required']} label={t('events.form.questionRequired')} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Space>
              <LocalisedFields name={[field.name, 'label']} label={t('events.form.questionLabel')} languages={languages} requiredLanguage={defaultLanguage} maxLength={300} />
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const kind = getFieldValue(['questions', field.name, 'kind']) as string | undefined;
                  if (kind !== 'choice' && kind !== 'multi_choice') return null;
                  return (
                    <Form.List name={[field.name, 'options']} rules={[{ validator: async (_, value: unknown[] | undefined) => (value?.length ? undefined : Promise.reject(new Error(t('events.form.optionsNeeded')))) }]}>
                      {(options, ops, { errors }) => (
                        <>
                          {options.map((option, i) => (
                            <Space key={option.key} align="start" style={{ display: 'flex' }}>
                              <LocalisedFields name={[option.name, 'label']} label={t('events.form.optionN', { n: i + 1 })} languages={languages} requiredLanguage={defaultLanguage} maxLength={200} />
                              <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('common.remove')} onClick={() => ops.remove(option.name)} />
                            </Space>
                          ))}
                          <Button type="dashed" size="small" icon={<PlusOutlined aria-hidden />} onClick={() => ops.add({ label: {} })}>
                            {t('events.form.addOption')}
                          </Button>
                          <Form.ErrorList errors={errors} />
                        </>
                      )}
                    </Form.List>
                  );
                }}
              </Form.Item>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'text', required: false, label: {} })}>
            {t('events.form.addQuestion')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

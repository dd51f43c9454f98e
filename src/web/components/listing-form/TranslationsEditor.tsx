/** The author's own translations of title and summary (at most one per language, not the original's). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES } from '../../../domain/shared/vocab';
import type { TranslationValues } from '../../listings/formModel';
import { ContentLanguageSelect } from '../Pickers';
import { useRules } from '../useRules';

export function TranslationsEditor() {
  const { t } = useTranslation();
  const rules = useRules();
  const form = Form.useFormInstance();
  const translations = (Form.useWatch('translations', form) ?? []) as TranslationValues[];
  const original = Form.useWatch('language', form) as string | undefined;

  return (
    <Form.List name="translations">
      {(items, { add, remove }) => (
        <>
          {items.map((item, index) => (
            <Card
              key={item.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('form.translationN', { n: index + 1 })}
              extra={
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(item.name)}>
                  {t('common.remove')}
                </Button>
              }
            >
              <Form.Item
                name={[item.name, 'language']}
                label={t('field.language')}
                rules={[
                  rules.required(),
                  {
                    validator: (_r, value: string | undefined) => {
                      if (!value) return Promise.resolve();
                      if (value === original) return Promise.reject(new Error(t('validation.translationSameAsOriginal')));
                      const dupes = translations.filter((tr) => tr.language === value).length;
                      return dupes > 1 ? Promise.reject(new Error(t('validation.translationDuplicate'))) : Promise.resolve();
                    },
                  },
                ]}
              >
                <ContentLanguageSelect allowClear={false} style={{ maxWidth: 240 }} />
              </Form.Item>
              <Form.Item name={[item.name, 'title']} label={t('field.title')} rules={[rules.requiredText(), rules.maxLength(300)]}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name={[item.name, 'summary']} label={t('field.summary')} rules={[rules.requiredText(), rules.maxLength(8000)]}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={8000} showCount />
              </Form.Item>
            </Card>
          ))}
          {items.length < CONTENT_LANGUAGES.length - 1 && (
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('form.addTranslation')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

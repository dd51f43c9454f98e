/** One question of a programme's application form, as an input of its kind. */
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormQuestion } from '../api/programmes';
import type { PickedText } from '../events/localised';
import type { Localised } from '../api/events';

export function AnswerField({ question, pick, disabled }: { question: FormQuestion; pick: (text: Localised) => PickedText; disabled: boolean }) {
  const { t } = useTranslation();
  const options = (question.options ?? []).map((o) => ({ value: o.value, label: pick(o.label).text }));
  const label = pick(question.label).text;
  const common = { name: ['answers', question.id], label, required: question.required };
  switch (question.kind) {
    case 'text':
      return (
        <Form.Item {...common}>
          <Input disabled={disabled} maxLength={question.maxLength ?? 500} />
        </Form.Item>
      );
    case 'long_text':
      return (
        <Form.Item {...common}>
          <Input.TextArea disabled={disabled} rows={5} maxLength={question.maxLength ?? 20_000} showCount />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...common}>
          <InputNumber disabled={disabled} min={question.min} max={question.max} style={{ width: 200 }} />
        </Form.Item>
      );
    case 'choice':
      return (
        <Form.Item {...common}>
          <Select disabled={disabled} allowClear options={options} />
        </Form.Item>
      );
    case 'multi_choice':
      return (
        <Form.Item {...common}>
          <Select disabled={disabled} mode="multiple" options={options} />
        </Form.Item>
      );
    case 'yes_no':
      return (
        <Form.Item {...common}>
          <Radio.Group
            disabled={disabled}
            options={[
              { value: true, label: t('programmes.yes') },
              { value: false, label: t('programmes.no') },
            ]}
          />
        </Form.Item>
      );
  }
}

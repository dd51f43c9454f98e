/** Form pieces of the events area: multilingual text fields and server errors shown on a form. */
import { Alert, Form, Input } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useErrorText } from '../components/ErrorState';
import { useRules } from '../components/useRules';
import { useFormat } from '../i18n/format';

/**
 * One input per working language for a text stored as `{ [language]: text }`; the event's default
 * language is required. Empty languages are dropped by `cleanLocalised` before saving.
 */
export function LocalisedFields({
  name,
  label,
  languages,
  requiredLanguage,
  multiline = false,
  maxLength,
}: {
  name: NamePath;
  label: string;
  languages: string[];
  requiredLanguage?: string;
  multiline?: boolean;
  maxLength: number;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rules = useRules();
  const base = Array.isArray(name) ? name : [name];
  return (
    <fieldset className="localised-fields" style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, fontSize: 14, marginBottom: 8, border: 'none' }}>{label}</legend>
      {languages.map((lang) => (
        <Form.Item
          key={lang}
          name={[...base, lang]}
          label={t('events.form.inLanguage', { field: label, language: fmt.language(lang) })}
          rules={lang === requiredLanguage ? [rules.requiredText(), rules.maxLength(maxLength)] : [rules.maxLength(maxLength)]}
        >
          {multiline ? <Input.TextArea lang={lang} autoSize={{ minRows: 3, maxRows: 12 }} maxLength={maxLength} /> : <Input lang={lang} maxLength={maxLength} />}
        </Form.Item>
      ))}
    </fieldset>
  );
}

/** Drops blank languages; null when nothing is left. */
export function cleanLocalised(value: Record<string, string | undefined> | undefined): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value ?? {})) if (text?.trim()) out[lang] = text.trim();
  return Object.keys(out).length ? out : null;
}

/**
 * An optional multilingual text for a create or a patch. The API wants at least one language in such a
 * text, so an emptied one is sent as a blank default-language text (readers treat blank as absent); a new
 * record simply leaves it out.
 */
export function descriptionField(value: Record<string, string | undefined> | undefined, defaultLanguage: string, editing: boolean): { description?: Record<string, string> } {
  const text = cleanLocalised(value);
  if (text) return { description: text };
  return editing ? { description: { [defaultLanguage]: '' } } : {};
}

/** A save that failed: the translated error and, for field problems, each field's path and message. */
export function ServerErrorAlert({ error }: { error: unknown }) {
  const errorText = useErrorText();
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const issues = isApiError(error) ? error.issues : [];
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={errorText(error)}
      description={
        issues.length > 0 ? (
          <ul style={{ margin: 0 }}>
            {issues.map((issue) => (
              <li key={`${issue.path}-${issue.message}`}>
                {issue.path || '/'}: {issue.keyword && i18n.exists(`validation.keyword.${issue.keyword}`) ? t(`validation.keyword.${issue.keyword}`) : issue.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

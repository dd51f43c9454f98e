/** Form validation rules with translated messages, mirroring the server's schema limits. */
import type { FormRule } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useRules() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      required: (): FormRule => ({ required: true, message: t('validation.required') }),
      requiredText: (): FormRule => ({ required: true, whitespace: true, message: t('validation.required') }),
      minLength: (min: number): FormRule => ({ min, message: t('validation.minLength', { min }) }),
      maxLength: (max: number): FormRule => ({ max, message: t('validation.maxLength', { max }) }),
      intRange: (min: number, max: number): FormRule => ({
        type: 'integer',
        min,
        max,
        message: t('validation.intRange', { min, max }),
      }),
      minItems: (min: number): FormRule => ({ type: 'array', min, message: t('validation.minItems', { min }) }),
      maxItems: (max: number): FormRule => ({ type: 'array', max, message: t('validation.maxItems', { max }) }),
      email: (): FormRule => ({ type: 'email', message: t('validation.email') }),
      password: (): FormRule => ({ min: 10, message: t('validation.passwordLength', { min: 10 }) }),
      url: (): FormRule => ({ type: 'url', message: t('validation.url') }),
    }),
    [t],
  );
}

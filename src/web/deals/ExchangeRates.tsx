/** The exchange-rate table deal values are converted with: everyone reads it, platform admins add rates. */
import { Button, DatePicker, Drawer, Form, Input, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../domain/shared/vocab';
import { useExchangeRates, useSetExchangeRates } from '../api/deals';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';
import { useFormat } from '../i18n/format';

export function ExchangeRatesDrawer({ open, onClose, admin }: { open: boolean; onClose: () => void; admin: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useMessage();
  const errorText = useErrorText();
  const rates = useExchangeRates(open);
  const save = useSetExchangeRates();
  const [form] = Form.useForm<{ currency: (typeof CURRENCIES)[number]; rate: string; validOn: Dayjs }>();
  const reporting = rates.data?.reportingCurrency ?? '';
  return (
    <Drawer open={open} onClose={onClose} title={t('deals.rates.title')} size={520}>
      <Typography.Paragraph className="muted">{t('deals.rates.hint', { currency: reporting })}</Typography.Paragraph>
      {admin && (
        <Form
          form={form}
          layout="inline"
          initialValues={{ validOn: dayjs() }}
          onFinish={(v) =>
            save.mutate(
              { rates: [{ currency: v.currency, rate: v.rate.trim(), validOn: v.validOn.format('YYYY-MM-DD') }] },
              { onSuccess: () => (form.resetFields(), void message.success(t('deals.rates.saved'))), onError: (e) => void message.error(errorText(e)) },
            )
          }
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          <Form.Item name="currency" rules={[{ required: true, message: t('deals.move.required') }]}>
            <Select showSearch placeholder={t('deals.field.currency')} aria-label={t('deals.field.currency')} style={{ width: 110 }} options={CURRENCIES.filter((c) => c !== reporting).map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="rate" rules={[{ required: true, pattern: /^(0|[1-9][0-9]{0,8})(\.[0-9]{1,10})?$/, message: t('deals.form.rateInvalid') }]}>
            <Input placeholder={t('deals.field.rate')} aria-label={t('deals.field.rate')} inputMode="decimal" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="validOn" rules={[{ required: true, message: t('deals.move.required') }]}>
            <DatePicker aria-label={t('deals.rates.validOn')} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" type="primary" loading={save.isPending}>
              {t('deals.rates.add')}
            </Button>
          </Space>
        </Form>
      )}
      <Table
        size="small"
        rowKey={(r) => `${r.currency}-${r.validOn}`}
        loading={rates.isPending}
        dataSource={rates.data?.rates ?? []}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('deals.rates.none') }}
        columns={[
          { key: 'currency', title: t('deals.field.currency'), render: (_v, r) => `${r.currency} (${fmt.currencyName(r.currency)})` },
          { key: 'rate', title: t('deals.rates.rateTo', { currency: reporting }), align: 'end', dataIndex: 'rate' },
          { key: 'validOn', title: t('deals.rates.validOn'), render: (_v, r) => fmt.date(r.validOn) },
        ]}
      />
    </Drawer>
  );
}

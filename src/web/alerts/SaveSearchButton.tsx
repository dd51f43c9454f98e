/** "Save this search" on the listings page: a name and how often to be e-mailed about new listings. */
import { BellOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertFrequency, savedFilters, useCreateSavedSearch } from '../api/alerts';
import type { ListingFilters } from '../api/listings';
import { useMessage } from '../components/useMessage';
import { ServerErrorAlert } from '../events/FormBits';
import { FilterSummary } from './FilterSummary';
import { FrequencySwitch } from './FrequencySwitch';

interface Values {
  name: string;
  frequency: AlertFrequency;
}

export function SaveSearchButton({ filters }: { filters: ListingFilters }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<BellOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('alerts.save.button')}
      </Button>
      {open && <SaveSearchModal filters={filters} onClose={() => setOpen(false)} />}
    </>
  );
}

function SaveSearchModal({ filters, onClose }: { filters: ListingFilters; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const create = useCreateSavedSearch();
  const [form] = Form.useForm<Values>();
  const saved = useMemo(() => savedFilters(filters), [filters]);
  const save = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    create.mutate(
      { name: values.name.trim(), frequency: values.frequency, filters: saved },
      {
        onSuccess: () => {
          // Plain text: toasts render outside the router, so they cannot hold a <Link>.
          void message.success(t('alerts.save.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('alerts.save.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={{ name: filters.q ?? '', frequency: 'daily' }} onFinish={() => void save()}>
        <Form.Item
          name="name"
          label={t('alerts.save.name')}
          rules={[
            { required: true, whitespace: true, message: t('alerts.save.nameRequired') },
            { max: 120, message: t('alerts.save.nameTooLong') },
          ]}
        >
          <Input placeholder={t('alerts.save.namePlaceholder')} maxLength={120} autoFocus />
        </Form.Item>
        <Form.Item name="frequency" label={t('alerts.save.frequency')} extra={t('alerts.frequencyHint')}>
          <FrequencyField label={t('alerts.save.frequency')} />
        </Form.Item>
        <Form.Item label={t('alerts.save.filters')}>
          <FilterSummary filters={saved} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('alerts.save.hint')}
      </Typography.Paragraph>
      <ServerErrorAlert error={create.error} />
    </Modal>
  );
}

/** Form.Item hands value/onChange to its child. */
function FrequencyField({ value, onChange, label }: { value?: AlertFrequency; onChange?: (value: AlertFrequency) => void; label: string }) {
  return <FrequencySwitch value={value ?? 'daily'} onChange={(v) => onChange?.(v)} label={label} />;
}

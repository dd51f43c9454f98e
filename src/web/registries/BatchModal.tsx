/** Adding or editing a training batch. */
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TRAINING_MODES, type TrainingMode } from '../../domain/trainings/vocab';
import { type TrainingBatchDto, useSaveBatch } from '../api/registries';
import { useErrorText } from '../components/ErrorState';
import { useMessage } from '../components/useMessage';

interface Values {
  label?: string;
  startsOn: string;
  endsOn: string;
  mode: TrainingMode;
  location?: string;
  traineeCount: number;
}

export function BatchModal({ programmeId, batch, open, onClose }: { programmeId: string; batch: TrainingBatchDto | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const save = useSaveBatch(programmeId);
  const required = [{ required: true, message: t('registries.required') }];
  const submit = (v: Values) => {
    const body = { label: v.label?.trim() || null, startsOn: v.startsOn, endsOn: v.endsOn, mode: v.mode, location: v.location?.trim() || null, traineeCount: v.traineeCount };
    save.mutate(batch ? { batchId: batch.id, body: { ...body, version: batch.version } } : { body }, {
      onSuccess: () => {
        message.success(t('registries.saved'));
        onClose();
      },
      onError: (e) => message.error(errorText(e)),
    });
  };
  return (
    <Modal
      open={open}
      title={batch ? t('registries.trainings.editBatch') : t('registries.trainings.addBatch')}
      okText={t('registries.save')}
      cancelText={t('registries.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={batch ? { label: batch.label ?? undefined, startsOn: batch.startsOn, endsOn: batch.endsOn, mode: batch.mode, location: batch.location ?? undefined, traineeCount: batch.traineeCount } : { mode: 'offline', traineeCount: 0 }}
      >
        <Form.Item name="label" label={t('registries.field.batchLabel')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('registries.field.startsOn')} rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('registries.field.endsOn')} rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="mode" label={t('registries.field.mode')} rules={required}>
          <Select options={TRAINING_MODES.map((m) => ({ value: m, label: t(`registries.mode.${m}`) }))} />
        </Form.Item>
        <Form.Item name="location" label={t('registries.field.location')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="traineeCount" label={t('registries.field.traineeCount')} rules={required}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

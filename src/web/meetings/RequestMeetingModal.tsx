/** Asking a participant or a delegation for a 1:1 meeting, with a short message. */
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequestMeeting } from '../api/meetings';
import { useMessage } from '../components/useMessage';
import { ServerErrorAlert } from '../events/FormBits';
import { validValues } from './bits';

export type RequestTarget = { kind: 'participant' | 'delegation'; id: string; name: string };

export function RequestMeetingModal({ eventId, target, onClose }: { eventId: string; target: RequestTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ message: string }>();
  const request = useRequestMeeting(eventId);
  const message = useMessage();

  const close = () => {
    form.resetFields();
    request.reset();
    onClose();
  };
  const send = async () => {
    if (!target) return;
    const values = await validValues(form);
    if (!values) return;
    const text = values.message;
    const body = target.kind === 'participant' ? { receiverId: target.id, message: text.trim() } : { delegationId: target.id, message: text.trim() };
    request.mutate(body, {
      onSuccess: () => {
        void message.success(t('meetings.request.sent', { name: target.name }));
        close();
      },
    });
  };

  return (
    <Modal
      open={target !== null}
      title={target ? t('meetings.request.title', { name: target.name }) : ''}
      okText={t('meetings.request.send')}
      cancelText={t('common.cancel')}
      onOk={() => void send()}
      onCancel={close}
      confirmLoading={request.isPending}
      destroyOnHidden
    >
      {target?.kind === 'delegation' && <Typography.Paragraph type="secondary">{t('meetings.request.delegationHint')}</Typography.Paragraph>}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="message"
          label={t('meetings.request.message')}
          extra={t('meetings.request.messageHint')}
          rules={[
            { required: true, whitespace: true, message: t('meetings.request.messageRequired') },
            { max: 2000, message: t('meetings.request.messageTooLong') },
          ]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
      <ServerErrorAlert error={request.error} />
    </Modal>
  );
}

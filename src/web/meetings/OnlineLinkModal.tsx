/** The link of a virtual meeting, set by either side (or the organisers) once the meeting is accepted. */
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { type MeetingDto, useUpdateMeeting } from '../api/meetings';
import { useMessage } from '../components/useMessage';
import { ServerErrorAlert } from '../events/FormBits';
import { partyName, validValues } from './bits';

export function OnlineLinkModal({ eventId, meeting, onClose }: { eventId: string; meeting: MeetingDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const update = useUpdateMeeting(eventId);
  const [form] = Form.useForm<{ onlineUrl?: string }>();
  const other = meeting ? (meeting.mySide === 'requester' ? meeting.receiver : meeting.requester) : null;
  const close = () => {
    update.reset();
    onClose();
  };
  const save = async () => {
    if (!meeting) return;
    const values = await validValues(form);
    if (!values) return;
    update.mutate(
      { meetingId: meeting.id, version: meeting.version, onlineUrl: values.onlineUrl?.trim() || null },
      {
        onSuccess: () => {
          void message.success(t('meetings.agenda.linkSaved'));
          close();
        },
      },
    );
  };
  return (
    <Modal
      open={meeting !== null}
      title={t('meetings.agenda.linkTitle', { name: partyName(other) })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void save()}
      onCancel={close}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      {meeting && (
        <Form form={form} layout="vertical" initialValues={{ onlineUrl: meeting.onlineUrl ?? '' }} requiredMark={false}>
          <Form.Item
            name="onlineUrl"
            label={t('meetings.agenda.linkLabel')}
            extra={t('meetings.agenda.linkHint')}
            rules={[{ pattern: /^https?:\/\/\S+$/, message: t('meetings.agenda.linkInvalid') }, { max: 500, message: t('meetings.request.messageTooLong') }]}
          >
            <Input type="url" placeholder="https://" maxLength={500} allowClear />
          </Form.Item>
        </Form>
      )}
      <ServerErrorAlert error={update.error} />
    </Modal>
  );
}

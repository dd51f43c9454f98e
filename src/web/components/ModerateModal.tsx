/** Approve, reject or request changes on a submitted listing; the last two need a reason. */
import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { MODERATION_ACTIONS } from '../../domain/shared/vocab';
import { useModerateListing } from '../api/listings';
import type { Listing, ModerationAction } from '../api/types';
import { useErrorText } from './ErrorState';
import { useEnumLabel } from './Labels';
import { useMessage } from './useMessage';

const CHOICE_ORDER: Record<ModerationAction, number> = { approve: 0, request_changes: 1, reject: 2 };

/** The order the three decisions are offered in, in the queue and in this dialog alike. */
export const MODERATION_CHOICES: readonly ModerationAction[] = [...MODERATION_ACTIONS].sort(
  (a, b) => CHOICE_ORDER[a] - CHOICE_ORDER[b],
);

interface Props {
  listing: Pick<Listing, 'id' | 'title'> | null;
  initialAction?: ModerationAction;
  onClose: () => void;
}

export function ModerateModal({ listing, initialAction = 'approve', onClose }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const message = useMessage();
  const errorText = useErrorText();
  const moderate = useModerateListing();
  const [form] = Form.useForm<{ action: ModerationAction; reason?: string }>();
  const action = Form.useWatch('action', form) ?? initialAction;

  const submit = async () => {
    if (!listing) return;
    let values: { action: ModerationAction; reason?: string };
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    moderate.mutate(
      { id: listing.id, action: values.action, reason: values.reason?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t('admin.moderated', { action: label('moderationAction', values.action) }));
          onClose();
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };

  return (
    <Modal
      open={Boolean(listing)}
      title={t('admin.moderateTitle', { title: listing?.title ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('admin.confirmAction')}
      cancelText={t('common.cancel')}
      confirmLoading={moderate.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ action: initialAction }} preserve={false}>
        <Form.Item name="action" label={t('admin.action')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={MODERATION_CHOICES.map((a) => ({ value: a, label: label('moderationAction', a) }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('admin.reason')}
          extra={action === 'approve' ? t('admin.reasonOptional') : t('admin.reasonShown')}
          rules={[
            { required: action !== 'approve', whitespace: true, message: t('admin.reasonRequired') },
            { max: 2000, message: t('validation.maxLength', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

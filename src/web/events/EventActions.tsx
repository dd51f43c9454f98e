/** The organiser's buttons on an event, each shown only when the event's `abilities` allow it. */
import { DeleteOutlined, EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type EventDto, type EventTransition, useEventTransition } from '../api/events';
import { useErrorText } from '../components/ErrorState';
import { LinkButton } from '../components/LinkButton';
import { useMessage } from '../components/useMessage';

export function EventActions({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const transition = useEventTransition();
  const errorText = useErrorText();
  const message = useMessage();
  const navigate = useNavigate();
  const run = (action: EventTransition) =>
    transition.mutate(
      { id: event.id, action },
      {
        onSuccess: () => {
          void message.success(t(`events.action.${action}Done`));
          if (action === 'delete') void navigate('/events');
        },
        onError: (e) => void message.error(errorText(e)),
      },
    );
  const a = event.abilities;
  if (!a.edit && !a.publish && !a.cancel && !a.delete) return null;
  return (
    <Space wrap>
      {a.edit && (
        <LinkButton to={`/events/${event.id}/edit`} icon={<EditOutlined aria-hidden />}>
          {t('events.action.edit')}
        </LinkButton>
      )}
      {a.publish && (
        <Popconfirm title={t('events.action.publishConfirm')} onConfirm={() => run('publish')} okText={t('events.action.publish')} cancelText={t('common.cancel')}>
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={transition.isPending}>
            {t('events.action.publish')}
          </Button>
        </Popconfirm>
      )}
      {a.cancel && (
        <Popconfirm title={t('events.action.cancelConfirm')} onConfirm={() => run('cancel')} okText={t('events.action.cancel')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}>
          <Button danger icon={<StopOutlined aria-hidden />} loading={transition.isPending}>
            {t('events.action.cancel')}
          </Button>
        </Popconfirm>
      )}
      {a.delete && (
        <Popconfirm title={t('events.action.deleteConfirm')} onConfirm={() => run('delete')} okText={t('events.action.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}>
          <Button danger icon={<DeleteOutlined aria-hidden />} loading={transition.isPending}>
            {t('events.action.delete')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

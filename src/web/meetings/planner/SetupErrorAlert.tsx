/**
 * Errors of saving slots or tables: replacing them must not drop placed meetings, and the server says
 * which ones would be lost; other errors read as usual.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ServerErrorAlert } from '../../events/FormBits';

export function SetupErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.code === 'SCHEDULE_CONFLICT') {
    const ids = (error.details as { meetingIds?: unknown } | null)?.meetingIds;
    const count = Array.isArray(ids) ? ids.length : 0;
    return <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('meetings.setup.placedMeetingsLost', { count })} />;
  }
  return <ServerErrorAlert error={error} />;
}

/** The programme tab: the timetable, with a link to the printable programme. */
import { PrinterOutlined } from '@ant-design/icons';
import { Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { type EventDto, useProgramme } from '../api/events';
import { ErrorResult } from '../components/ErrorState';
import { LinkButton } from '../components/LinkButton';
import { Timetable } from './Timetable';

export function ProgrammeTab({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const query = useProgramme(event.id);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <LinkButton to={`/events/${event.id}/print`} icon={<PrinterOutlined aria-hidden />} size="small">
          {t('events.print.open')}
        </LinkButton>
      </Flex>
      <Timetable programme={query.data} />
    </>
  );
}

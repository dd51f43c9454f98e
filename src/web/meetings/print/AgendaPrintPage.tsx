/**
 * /events/:id/agenda/print — my agenda on paper: sessions and meetings by day in the event's time zone,
 * and a map of the event's tables with mine highlighted and numbered in the order I go to them.
 * Outside the app layout; print CSS hides the toolbar.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localDay } from '../../../domain/events/time';
import { useEvent } from '../../api/events';
import { type AgendaDto, type MeetingTableDto, useAgenda, useMeetingSetup } from '../../api/meetings';
import { ErrorResult } from '../../components/ErrorState';
import { useEnumLabel } from '../../components/Labels';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalised } from '../../events/localised';
import { useEventTime } from '../../events/time';
import { useFormat } from '../../i18n/format';
import { agendaLocation, partyName } from '../bits';
import '../meetings.css';

/** My meetings in time order, numbered from 1, with the tables they are at. */
function numberedMeetings(agenda: AgendaDto) {
  return agenda.items.filter((i) => i.kind === 'meeting').map((item, index) => ({ item, number: index + 1 }));
}

export function TableMap({ tables, numbers, caption }: { tables: readonly MeetingTableDto[]; numbers: Map<string, number[]>; caption: string }) {
  const { t } = useTranslation();
  return (
    <figure className="mtg-map">
      <figcaption>{caption}</figcaption>
      <div className="mtg-map-grid">
        {tables.map((table) => {
          const mine = numbers.get(table.label);
          return (
            <div key={table.id} className={mine ? 'mtg-map-table mtg-map-mine' : 'mtg-map-table'} title={table.location ?? undefined}>
              <span className="mtg-map-label">{table.label}</span>
              {mine && (
                <span className="mtg-map-numbers" aria-label={t('meetings.print.mapNumbers', { numbers: mine.join(', ') })}>
                  {mine.join(' · ')}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </figure>
  );
}

export default function AgendaPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const event = useEvent(id);
  const agenda = useAgenda(id, fmt.lang);
  const setup = useMeetingSetup(id);
  const pick = useLocalised(event.data?.defaultLanguage ?? 'en');
  const time = useEventTime(event.data?.timeZone ?? 'UTC');
  const title = event.data ? pick(event.data.title).text : '';
  useDocumentTitle(title ? `${title} · ${t('meetings.print.agendaTitle')}` : t('meetings.print.agendaTitle'));
  const numbered = useMemo(() => (agenda.data ? numberedMeetings(agenda.data) : []), [agenda.data]);
  const numberById = new Map(numbered.map((n) => [n.item.id, n.number]));
  const byTable = new Map<string, number[]>();
  for (const { item, number } of numbered) if (item.tableLabel) byTable.set(item.tableLabel, [...(byTable.get(item.tableLabel) ?? []), number]);

  const failed = event.error ?? agenda.error ?? setup.error;
  if (failed) return <ErrorResult error={failed} />;
  if (!event.data || !agenda.data || !setup.data) return <Skeleton active paragraph={{ rows: 10 }} style={{ padding: 24 }} />;
  const days = [...new Set(agenda.data.items.map((i) => localDay(new Date(i.startsAt), event.data.timeZone)))];
  const me = agenda.data.participant;
  return (
    <div className="mtg-print-page">
      <div className="mtg-print-toolbar mtg-no-print">
        <Link to={`/events/${id}/meetings?view=agenda`}>← {t('meetings.print.back')}</Link>
        <span style={{ flex: 1 }} />
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('meetings.print.print')}
        </Button>
      </div>
      <article>
        <h1>{title}</h1>
        <p className="mtg-print-meta">
          {t('meetings.print.agendaFor', { name: partyName(me) })} · {time.dateRange(event.data.startsOn, event.data.endsOn)}
          {event.data.venue ? ` · ${event.data.venue}` : ''}
        </p>
        <p className="mtg-print-meta">{t('meetings.timesIn', { zone: time.zoneName, tz: event.data.timeZone })}</p>
        {agenda.data.items.length === 0 && <p>{t('meetings.agenda.empty')}</p>}
        {days.map((day) => (
          <section key={day}>
            <h2>{time.day(day)}</h2>
            <table className="mtg-print-table">
              <thead>
                <tr>
                  <th scope="col">{t('meetings.print.time')}</th>
                  <th scope="col">{t('meetings.print.what')}</th>
                  <th scope="col">{t('meetings.print.where')}</th>
                </tr>
              </thead>
              <tbody>
                {agenda.data.items
                  .filter((i) => localDay(new Date(i.startsAt), event.data.timeZone) === day)
                  .map((item) => (
                    <tr key={`${item.kind}-${item.id}`}>
                      <td className="mtg-print-time">{time.timeRange(item.startsAt, item.endsAt)}</td>
                      <td>
                        <div className="mtg-print-kind">{item.kind === 'meeting' ? t('meetings.print.meetingNumber', { number: numberById.get(item.id) ?? '' }) : item.sessionKind ? label('sessionKind', item.sessionKind) : t('meetings.agenda.session')}</div>
                        {item.kind === 'meeting' && item.with ? (
                          <strong>
                            {t('meetings.agenda.with')} {partyName(item.with)}
                          </strong>
                        ) : (
                          <strong>{item.title}</strong>
                        )}
                        {item.onlineUrl && <div>{item.onlineUrl}</div>}
                      </td>
                      <td>
                        {item.tableLabel ? <strong className="mtg-print-tablelabel">{t('meetings.agenda.table', { table: item.tableLabel })}</strong> : null}
                        {agendaLocation(item) && <div>{agendaLocation(item)}</div>}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
        {setup.data.tables.length > 0 && numbered.length > 0 && (
          <section className="mtg-print-map-section">
            <h2>{t('meetings.print.mapTitle')}</h2>
            <TableMap tables={setup.data.tables} numbers={byTable} caption={t('meetings.print.mapCaption')} />
          </section>
        )}
      </article>
    </div>
  );
}

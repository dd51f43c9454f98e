/**
 * /events/:id/meetings/tables/print — one page per table for the organisers' table hosts: its meetings
 * by time with both participants' names and organisations. The published schedule by default, the draft
 * with ?draft=1. Outside the app layout; print CSS hides the toolbar and breaks pages between tables.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Segmented, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { localDay } from '../../../domain/events/time';
import { useEvent } from '../../api/events';
import { type MeetingPlaceDto, useSchedule } from '../../api/meetings';
import { ErrorResult } from '../../components/ErrorState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalised } from '../../events/localised';
import { useEventTime } from '../../events/time';
import '../meetings.css';

export default function TableSheetsPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const draft = params.get('draft') === '1';
  const event = useEvent(id);
  const schedule = useSchedule(id);
  const pick = useLocalised(event.data?.defaultLanguage ?? 'en');
  const time = useEventTime(event.data?.timeZone ?? 'UTC');
  const title = event.data ? pick(event.data.title).text : '';
  useDocumentTitle(title ? `${title} · ${t('meetings.print.sheetsTitle')}` : t('meetings.print.sheetsTitle'));

  const failed = event.error ?? schedule.error;
  if (failed) return <ErrorResult error={failed} />;
  if (!event.data || !schedule.data) return <Skeleton active paragraph={{ rows: 10 }} style={{ padding: 24 }} />;
  const placeOf = (m: { draft: MeetingPlaceDto | null; place: MeetingPlaceDto | null }) => (draft ? m.draft : m.place);
  const placed = schedule.data.meetings.filter((m) => placeOf(m));
  return (
    <div className="mtg-print-page">
      <div className="mtg-print-toolbar mtg-no-print">
        <Link to={`/events/${id}/meetings?view=planner&section=schedule`}>← {t('meetings.print.backToPlanner')}</Link>
        <span style={{ flex: 1 }} />
        <Segmented
          value={draft ? 'draft' : 'published'}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            if (v === 'draft') next.set('draft', '1');
            else next.delete('draft');
            setParams(next, { replace: true });
          }}
          options={[
            { value: 'published', label: t('meetings.print.published') },
            { value: 'draft', label: t('meetings.print.draft') },
          ]}
        />
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('meetings.print.print')}
        </Button>
      </div>
      {placed.length === 0 && <p>{draft ? t('meetings.print.noDraft') : t('meetings.print.noPublished')}</p>}
      {schedule.data.tables.map((table) => {
        const here = placed.filter((m) => placeOf(m)?.tableId === table.id).sort((a, b) => (placeOf(a)?.startsAt ?? '').localeCompare(placeOf(b)?.startsAt ?? ''));
        if (here.length === 0) return null;
        return (
          <section key={table.id} className="mtg-sheet" aria-label={t('meetings.grid.tableHead', { table: table.label })}>
            <p className="mtg-print-meta">
              {title} · {draft ? t('meetings.print.draft') : t('meetings.print.published')}
            </p>
            <h1 className="mtg-sheet-title">{t('meetings.grid.tableHead', { table: table.label })}</h1>
            {table.location && <p className="mtg-print-meta">{table.location}</p>}
            <p className="mtg-print-meta">{t('meetings.timesIn', { zone: time.zoneName, tz: event.data.timeZone })}</p>
            <table className="mtg-print-table">
              <thead>
                <tr>
                  <th scope="col">{t('meetings.print.time')}</th>
                  <th scope="col">{t('meetings.print.participantA')}</th>
                  <th scope="col">{t('meetings.print.participantB')}</th>
                </tr>
              </thead>
              <tbody>
                {here.map((m) => {
                  const p = placeOf(m);
                  if (!p) return null;
                  return (
                    <tr key={m.id}>
                      <td className="mtg-print-time">
                        {time.shortDay(localDay(new Date(p.startsAt), event.data.timeZone))} {time.timeRange(p.startsAt, p.endsAt)}
                      </td>
                      {[m.requester, m.receiver].map((person, i) => (
                        <td key={i}>
                          <strong>{person?.displayName ?? '—'}</strong>
                          {person?.organisationName && person.organisationName !== person.displayName && <div>{person.organisationName}</div>}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

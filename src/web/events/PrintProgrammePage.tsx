/**
 * The printable programme: every day of the event as a table (time, room, session, people), in a
 * language the reader chooses among the event's languages — the UI's words too, not only the
 * organiser's texts. Outside the app layout; print CSS hides the toolbar.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Select, Skeleton } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { type ProgrammeDto, useProgramme } from '../api/events';
import { useTaxonomy } from '../api/meta';
import { ErrorResult } from '../components/ErrorState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { asUiLanguage, type UiLanguage } from '../i18n/detect';
import { LANGUAGE_AUTONYMS, UI_LANGUAGES } from '../i18n/index';
import './events.css';
import { pickText } from './localised';
import { minutes } from './Timetable';
import { makeEventTimeFormat } from './time';

/** A `t` bound to another language than the UI's, once that language's messages are loaded. */
function useFixedT(lang: UiLanguage): TFunction | null {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState(() => i18n.hasResourceBundle(lang, 'translation'));
  useEffect(() => {
    if (i18n.hasResourceBundle(lang, 'translation')) {
      setReady(true);
      return;
    }
    setReady(false);
    let live = true;
    void i18n.loadLanguages(lang).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [i18n, lang]);
  return ready ? i18n.getFixedT(lang) : null;
}

function ProgrammeSheet({ programme, lang, t }: { programme: ProgrammeDto; lang: UiLanguage; t: TFunction }) {
  const { taxonomy } = useTaxonomy();
  const event = programme.event;
  const time = makeEventTimeFormat(lang, event.timeZone);
  const pick = (text: Record<string, string | undefined>) => pickText(text, lang, event.defaultLanguage);
  const rooms = new Map(programme.rooms.map((r) => [r.id, r.name]));
  const title = pick(event.title);
  const place = [event.venue, event.city].filter(Boolean).join(', ');
  const regionNames = (() => {
    try {
      return new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      return null;
    }
  })();
  const sectorLabel = (track: string) => {
    const concept = taxonomy.byCode.get(track);
    return concept ? concept.labels[lang] || concept.labels.en || track : track;
  };
  return (
    <article lang={lang}>
      <h1 lang={title.lang}>{title.text}</h1>
      <p className="print-meta">
        {time.dateRange(event.startsOn, event.endsOn)}
        {place && ` · ${place}`}
        {event.country && ` · ${regionNames?.of(event.country) ?? event.country}`}
      </p>
      <p className="print-meta">{event.organisers.map((o) => o.organisationName).join(' · ')}</p>
      <p className="print-meta">{t('events.timesIn', { zone: time.zoneName })}</p>
      {programme.days.map((day) => {
        const sessions = programme.sessions.filter((s) => s.day === day).sort((a, b) => minutes(a.start) - minutes(b.start) || (rooms.get(a.roomId ?? '') ?? '').localeCompare(rooms.get(b.roomId ?? '') ?? ''));
        if (sessions.length === 0) return null;
        return (
          <section key={day}>
            <h2>{time.day(day)}</h2>
            <table className="print-table">
              <colgroup>
                <col className="print-col-time" />
                <col className="print-col-room" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('events.print.time')}</th>
                  <th scope="col">{t('events.programme.room')}</th>
                  <th scope="col">{t('events.print.session')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => {
                  const st = pick(s.title);
                  const description = pick(s.description);
                  return (
                    <tr key={s.id}>
                      <td className="print-time">{time.timeRange(s.startsAt, s.endsAt)}</td>
                      <td>{(s.roomId && rooms.get(s.roomId)) || '—'}</td>
                      <td>
                        <div className="print-kind">
                          {t(`enum.sessionKind.${s.kind}`)}
                          {s.track && <span className="print-track">{sectorLabel(s.track)}</span>}
                        </div>
                        <strong lang={st.lang}>{st.text}</strong>
                        {description.text && <div lang={description.lang}>{description.text}</div>}
                        {s.people.length > 0 && (
                          <div className="print-people">
                            {s.people.map((p) => `${t(`enum.sessionRole.${p.role}`)}: ${p.name}${p.organisation ? ` (${p.organisation})` : ''}`).join(' · ')}
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      {programme.sessions.length === 0 && <p>{t('events.programme.empty')}</p>}
    </article>
  );
}

export default function PrintProgrammePage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useProgramme(id);
  const uiLang = asUiLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  const lang = asUiLanguage(params.get('language')) ?? uiLang;
  const fixedT = useFixedT(lang);
  const event = query.data?.event;
  useDocumentTitle(event ? `${pickText(event.title, lang, event.defaultLanguage).text} · ${t('events.print.title')}` : t('events.print.title'));

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} style={{ padding: 24 }} />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  // The event's working languages first, then the other UI languages.
  const offered = [...new Set([...query.data.event.languages.map(asUiLanguage).filter((l): l is UiLanguage => l !== null), ...UI_LANGUAGES])];
  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Link to={`/events/${query.data.event.id}/programme`}>← {t('events.print.back')}</Link>
        <span style={{ flex: 1 }} />
        <label htmlFor="print-language">{t('events.print.language')}</label>
        <Select
          id="print-language"
          value={lang}
          style={{ width: 160 }}
          onChange={(v: UiLanguage) => {
            const next = new URLSearchParams(params);
            next.set('language', v);
            setParams(next, { replace: true });
          }}
          options={offered.map((l) => ({ value: l, label: LANGUAGE_AUTONYMS[l] }))}
        />
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('events.print.print')}
        </Button>
      </div>
      {fixedT ? <ProgrammeSheet programme={query.data} lang={lang} t={fixedT} /> : <Skeleton active />}
    </div>
  );
}

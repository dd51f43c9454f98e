/** Small pieces shared by the event pages: kind and status tags, a localised title, track colours. */
import { TranslationOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventKind, EventStatus } from '../../domain/events/vocab';
import { useTaxonomy } from '../api/meta';
import { useEnumLabel } from '../components/Labels';
import { useFormat } from '../i18n/format';
import type { PickedText } from './localised';

const KIND_COLORS: Record<EventKind, string> = {
  forum: '#1d4ed8',
  sub_forum: '#2563eb',
  matchmaking_day: '#c2410c',
  roadshow: '#7c3aed',
  open_day: '#0f766e',
  exhibition: '#b45309',
  training: '#4d7c0f',
  visit: '#be185d',
  online_session: '#0891b2',
};

export function EventKindTag({ kind }: { kind: EventKind }) {
  const label = useEnumLabel();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {label('eventKind', kind)}
    </Tag>
  );
}

export function EventStatusTag({ status }: { status: EventStatus }) {
  const label = useEnumLabel();
  if (status === 'published') return null;
  return (
    <Tag color={status === 'cancelled' ? 'error' : 'default'} style={{ marginInlineEnd: 0 }}>
      {label('eventStatus', status)}
    </Tag>
  );
}

/** Says which language a text is shown in when it is not the reader's. */
export function FallbackNote({ picked }: { picked: PickedText }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!picked.fallback) return null;
  return (
    <Tag icon={<TranslationOutlined aria-hidden />} color="blue" style={{ marginInlineEnd: 0 }}>
      {t('events.shownIn', { language: fmt.language(picked.lang) })}
    </Tag>
  );
}

const TRACK_PALETTE = ['#2563eb', '#0d9488', '#c2410c', '#7c3aed', '#be123c', '#4d7c0f', '#b45309', '#0891b2', '#9333ea', '#475569'];

/** A stable colour per track, by first appearance in the programme. */
export function trackColours(tracks: Array<string | null>): Map<string, string> {
  const colours = new Map<string, string>();
  for (const track of tracks) {
    if (track && !colours.has(track)) colours.set(track, TRACK_PALETTE[colours.size % TRACK_PALETTE.length] ?? '#475569');
  }
  return colours;
}

/** A track is a sector code (labelled in every language) or a name the organiser typed. */
export function useTrackLabel(): (track: string) => string {
  const { taxonomy } = useTaxonomy();
  const fmt = useFormat();
  return (track) => {
    const concept = taxonomy.byCode.get(track);
    return concept ? fmt.concept(concept, track) : track;
  };
}

/**
 * Why two things match, in the reader's language: the taxonomy concepts both share (labelled from the
 * taxonomy), the words that answer each other across languages (in the colours of the marks in the texts),
 * and how country, TRL, budget, cooperation and meaning fit.
 */
import { CheckCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchExplanation, MatchedTerm, MoneyRange } from '../api/matching';
import { ConceptTags, useEnumLabel } from '../components/Labels';
import { useFormat } from '../i18n/format';
import { MARK_COLOURS } from './Highlighted';
import { useListJoin, usePercent } from './labels';

const MAX_TERMS = 8;

const distinct = (texts: readonly string[]) => {
  const seen = new Map<string, string>();
  for (const text of texts) if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  return [...seen.values()];
};

export function SharedConcepts({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return null;
  return (
    <div className="match-section" data-testid="shared-concepts">
      <span className="match-section-label">{t('matching.item.sharedConcepts')}</span>
      <ConceptTags codes={[...codes]} color="geekblue" max={8} />
    </div>
  );
}

/** "激光焊接 ↔ Laserstrahlschweißen": each matched term once, with what it is on each side. */
export function MatchedWords({ terms }: { terms: readonly MatchedTerm[] }) {
  const { t } = useTranslation();
  const pairs = terms
    .map((term, group) => ({ group, subject: distinct(term.subject.map((s) => s.text)), candidate: distinct(term.candidate.map((s) => s.text)) }))
    .filter((p) => p.subject.length > 0 && p.candidate.length > 0)
    .slice(0, MAX_TERMS);
  if (pairs.length === 0) return null;
  return (
    <div className="match-section">
      <span className="match-section-label">{t('matching.item.matchedWords')}</span>
      <span className="match-terms">
        {pairs.map((p) => (
          <span key={p.group} className={`match-term match-mark-${p.group % MARK_COLOURS}`}>
            {p.subject.slice(0, 2).join(' / ')}
            <span aria-hidden> ↔ </span>
            <span className="match-sr-only">{t('matching.item.answers')}</span>
            {p.candidate.slice(0, 2).join(' / ')}
          </span>
        ))}
      </span>
    </div>
  );
}

function useMoneyRange(): (range: MoneyRange) => string {
  const fmt = useFormat();
  return (r) => {
    if (r.min !== null && r.max !== null && r.min !== r.max) return `${fmt.money(r.min, r.currency)} – ${fmt.money(r.max, r.currency)}`;
    return fmt.money(r.min ?? r.max, r.currency);
  };
}

/** The fits of the pair, one line each (only those the explanation has). */
export function Fits({ explanation: e }: { explanation: MatchExplanation }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useEnumLabel();
  const join = useListJoin();
  const percent = usePercent();
  const money = useMoneyRange();
  const lines: Array<{ key: string; good: boolean; text: ReactNode }> = [];
  const c = e.country;
  if (c?.candidateCountry) {
    const sought = c.soughtBySubject.includes(c.candidateCountry);
    lines.push({ key: 'country', good: sought, text: t(sought ? 'matching.fit.countrySought' : 'matching.fit.country', { country: fmt.country(c.candidateCountry) }) });
    if (c.subjectCountry && c.soughtByCandidate.includes(c.subjectCountry)) {
      lines.push({ key: 'countryBack', good: true, text: t('matching.fit.countrySeeks', { country: fmt.country(c.subjectCountry) }) });
    }
  }
  if (e.trl?.offered != null) {
    const meets = e.trl.required != null;
    lines.push({ key: 'trl', good: meets, text: meets ? t('matching.fit.trlMeets', { offered: e.trl.offered, required: e.trl.required }) : t('matching.fit.trl', { trl: e.trl.offered }) });
  }
  if (e.budget) {
    const values = { subject: money(e.budget.subject), candidate: money(e.budget.candidate) };
    lines.push({ key: 'budget', good: e.budget.overlap, text: t(e.budget.overlap ? 'matching.fit.budgetOverlap' : 'matching.fit.budgetApart', values) });
  }
  if (e.cooperation && e.cooperation.shared.length > 0) {
    lines.push({ key: 'cooperation', good: true, text: t('matching.fit.cooperation', { types: join(e.cooperation.shared.map((x) => label('cooperationType', x))) }) });
  }
  if (e.semantic) {
    lines.push({ key: 'semantic', good: e.semantic.similarity >= 0.5, text: t('matching.fit.semantic', { similarity: percent(e.semantic.similarity), model: e.semantic.model }) });
  }
  if (lines.length === 0) return null;
  return (
    <ul className="match-fits">
      {lines.map((l) => (
        <li key={l.key}>
          {l.good ? <CheckCircleOutlined aria-hidden className="match-fit-good" /> : <InfoCircleOutlined aria-hidden className="muted" />} {l.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * /events/:id/check-in: door staff scan QR tickets with the device camera (the browser's own
 * BarcodeDetector, where there is one) or type the code; every result is shown big and in colour.
 */
import { CameraOutlined, CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, StopOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Form, Input, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { type EventDto, useEvent } from '../../api/events';
import { ErrorResult, useErrorText } from '../../components/ErrorState';
import { RequireUser } from '../../components/Guards';
import { useEnumLabel } from '../../components/Labels';
import { StatusResult } from '../../components/StatusResult';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';
import '../events.css';
import { useLocalised } from '../localised';
import { type CheckInResult, useAttendance, useCheckIn } from './api';

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM library). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;
const BarcodeDetectorApi = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;

type Outcome = { kind: 'ok' | 'again'; result: CheckInResult } | { kind: 'bad'; error: unknown };

function ResultPanel({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const fmt = useFormat();
  const errorText = useErrorText();
  if (outcome.kind === 'bad') {
    const status = isApiError(outcome.error) ? ((outcome.error.details as { status?: string } | undefined)?.status ?? null) : null;
    return (
      <div className="checkin-result checkin-bad" role="alert">
        <CloseCircleFilled aria-hidden style={{ fontSize: 48 }} />
        <h2>{t('registrations.checkIn.refused')}</h2>
        <p>{errorText(outcome.error)}</p>
        {status && <p>{label('registrationStatus', status)}</p>}
      </div>
    );
  }
  const p = outcome.result.participant;
  return (
    <div className={`checkin-result ${outcome.kind === 'ok' ? 'checkin-ok' : 'checkin-again'}`} role="alert">
      {outcome.kind === 'ok' ? <CheckCircleFilled aria-hidden style={{ fontSize: 48 }} /> : <ExclamationCircleFilled aria-hidden style={{ fontSize: 48 }} />}
      <h2>{outcome.kind === 'ok' ? t('registrations.checkIn.welcome') : t('registrations.checkIn.already')}</h2>
      <p style={{ fontSize: 24, fontWeight: 700 }}>{p.displayName}</p>
      {p.organisationName && <p>{p.organisationName}</p>}
      <p>
        {label('participantType', p.participantType)} · {fmt.country(p.country)}
      </p>
      {p.interpreterNeeds && <p>{t('registrations.checkIn.interpreter', { needs: p.interpreterNeeds })}</p>}
    </div>
  );
}

function Scanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!on || !BarcodeDetectorApi) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let last = '';
    let stopped = false;
    const detector = new BarcodeDetectorApi({ formats: ['qr_code'] });
    const scan = async () => {
      if (stopped || !video.current) return;
      try {
        const [code] = await detector.detect(video.current);
        // The same ticket stays in view for a while: report it once until another one shows.
        if (code?.rawValue && code.rawValue !== last) {
          last = code.rawValue;
          onCode(code.rawValue);
        }
      } catch {
        // A frame that could not be read: try the next one.
      }
      timer = window.setTimeout(() => void scan(), 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        void scan();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on, onCode]);
  if (!BarcodeDetectorApi || !navigator.mediaDevices) return <p className="muted">{t('registrations.checkIn.noCamera')}</p>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {on && <video ref={video} className="checkin-video" muted playsInline aria-label={t('registrations.checkIn.camera')} />}
      {failed && <p className="muted">{t('registrations.checkIn.cameraFailed')}</p>}
      <Button icon={on ? <StopOutlined aria-hidden /> : <CameraOutlined aria-hidden />} onClick={() => setOn(!on)} size="large">
        {on ? t('registrations.checkIn.stopCamera') : t('registrations.checkIn.startCamera')}
      </Button>
    </Space>
  );
}

/**
 * The submit button is disabled (not "loading") while a scan is sent: at a busy door codes come in quick
 * succession, and the result panel already shows each answer.
 */
function CheckInDesk({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pick = useLocalised(event.defaultLanguage);
  const checkIn = useCheckIn(event.id);
  const attendance = useAttendance(event.id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [form] = Form.useForm<{ code: string }>();
  const submit = useCallback(
    (code: string) => {
      const ticketCode = code.trim();
      if (!ticketCode) return;
      checkIn.mutate(
        { ticketCode },
        {
          onSuccess: (result) => setOutcome({ kind: result.alreadyCheckedIn ? 'again' : 'ok', result }),
          onError: (error) => setOutcome({ kind: 'bad', error }),
        },
      );
    },
    [checkIn],
  );
  const title = pick(event.title);
  const scannedDay = outcome && outcome.kind !== 'bad' ? outcome.result.day : undefined;
  const today = attendance.data?.days.find((d) => d.day === scannedDay) ?? attendance.data?.days.at(-1);
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/events">{t('events.title')}</Link> }, { title: <Link to={`/events/${event.id}/registrations`}>{title.text}</Link> }, { title: t('registrations.checkIn.title') }]} />
      <Typography.Title level={2} className="page-title">
        {t('registrations.checkIn.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card>
            <Form form={form} layout="vertical" onFinish={(v) => { submit(v.code); form.resetFields(); }}>
              <Form.Item name="code" label={t('registrations.checkIn.code')}>
                <Input size="large" autoFocus autoComplete="off" autoCapitalize="off" spellCheck={false} />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block disabled={checkIn.isPending}>
                {t('registrations.checkIn.submit')}
              </Button>
            </Form>
            <div style={{ marginTop: 16 }}>
              <Scanner onCode={submit} />
            </div>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          {outcome ? <ResultPanel outcome={outcome} /> : <Card><p className="muted">{t('registrations.checkIn.waiting')}</p></Card>}
          {attendance.data && (
            <Card style={{ marginTop: 16 }}>
              <Space size="large" wrap>
                <Statistic title={t('registrations.checkIn.checkedIn')} value={fmt.number(attendance.data.checkedIn)} />
                <Statistic title={t('registrations.checkIn.confirmed')} value={fmt.number(attendance.data.confirmed)} />
                {today && <Statistic title={t('registrations.checkIn.today')} value={fmt.number(today.count)} />}
              </Space>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}

function Desk({ id }: { id: string }) {
  const { t } = useTranslation();
  const event = useEvent(id);
  useDocumentTitle(t('registrations.checkIn.title'));
  if (event.isPending) return <Skeleton active />;
  if (event.isError) return <ErrorResult error={event.error} />;
  if (!event.data.abilities.checkIn) return <StatusResult status="403" title={t('errors.FORBIDDEN')} subTitle={t('registrations.checkIn.staffOnly')} />;
  return <CheckInDesk event={event.data} />;
}

export default function CheckInPage() {
  const { id } = useParams();
  return <RequireUser>{() => <Desk id={id ?? ''} />}</RequireUser>;
}

/** Meeting slots from blocks (day, start, length, count, gap, breaks), previewed before they are saved. */
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDto } from '../../api/events';
import { type MeetingSetupDto, type SlotBlock, useSetMeetingSlots } from '../../api/meetings';
import { useMessage } from '../../components/useMessage';
import { SetupErrorAlert } from './SetupErrorAlert';
import { useEventTime } from '../../events/time';
import { eventDays, inferBlocks, type PlanProblem, previewSlots } from './slotPlan';
import { validValues } from '../bits';

interface BlockValues {
  day: string;
  start: string;
  slotMinutes: number;
  count: number;
  gapMinutes: number;
  breaks: Array<{ afterSlot: number; minutes: number }>;
}

function toInput(blocks: readonly BlockValues[]): SlotBlock[] {
  return blocks.map((b) => ({
    day: b.day,
    start: b.start,
    slotMinutes: b.slotMinutes,
    count: b.count,
    gapMinutes: b.gapMinutes ?? 0,
    breaks: (b.breaks ?? []).filter((x) => x?.afterSlot && x.minutes),
  }));
}

function Preview({ event, blocks }: { event: EventDto; blocks: readonly Partial<SlotBlock>[] }) {
  const { t } = useTranslation();
  const time = useEventTime(event.timeZone);
  const { slots, problems } = useMemo(() => previewSlots(blocks, event), [blocks, event]);
  const problemText = (p: PlanProblem) =>
    p.kind === 'overlap' ? t('meetings.slots.problem.overlap', { block: p.block + 1, time: `${time.day(p.day)} ${p.time}` }) : t(`meetings.slots.problem.${p.kind}`, { block: p.block + 1 });
  const days = [...new Set(slots.map((s) => s.day))];
  return (
    <Card size="small" title={t('meetings.slots.preview', { count: slots.length })}>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('meetings.slots.problems')}
          description={
            <ul style={{ margin: 0 }}>
              {problems.map((p) => (
                <li key={`${p.block}-${p.kind}`}>{problemText(p)}</li>
              ))}
            </ul>
          }
        />
      )}
      {slots.length === 0 ? (
        <Empty description={t('meetings.slots.none')} />
      ) : (
        days.map((day) => (
          <div key={day} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{time.day(day)}</Typography.Text>
            <ol className="mtg-preview" aria-label={time.day(day)}>
              {slots
                .filter((s) => s.day === day)
                .map((s) => (
                  <li key={s.startsAt}>
                    <span className="mtg-time">{time.timeRange(s.startsAt, s.endsAt)}</span> <Tag>{t(`meetings.session.${s.session}`)}</Tag>
                    {s.breakAfterMinutes > 0 && <div className="mtg-break">{t('meetings.slots.breakOf', { minutes: s.breakAfterMinutes })}</div>}
                  </li>
                ))}
            </ol>
          </div>
        ))
      )}
    </Card>
  );
}

export function SlotSetup({ event, setup }: { event: EventDto; setup: MeetingSetupDto }) {
  const { t } = useTranslation();
  const message = useMessage();
  const save = useSetMeetingSlots(event.id);
  const [form] = Form.useForm<{ blocks: BlockValues[] }>();
  const days = useMemo(() => eventDays(event.startsOn, event.endsOn), [event.startsOn, event.endsOn]);
  const time = useEventTime(event.timeZone);
  const initial = useMemo<{ blocks: BlockValues[] }>(() => {
    const saved = inferBlocks(setup.slots, setup.timeZone);
    const blocks = saved.length
      ? saved.map((b) => ({ day: b.day, start: b.start, slotMinutes: b.slotMinutes, count: b.count, gapMinutes: b.gapMinutes ?? 0, breaks: b.breaks ?? [] }))
      : [{ day: days[0] ?? event.startsOn, start: '09:00', slotMinutes: 20, count: 8, gapMinutes: 5, breaks: [] }];
    return { blocks };
  }, [setup, days, event.startsOn]);
  const watched = Form.useWatch('blocks', form) as Partial<SlotBlock>[] | undefined;
  const blocks = watched ?? initial.blocks;
  const problems = previewSlots(blocks, event).problems;

  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    save.mutate({ blocks: toInput(values.blocks ?? []) }, { onSuccess: (s) => void message.success(t('meetings.slots.saved', { count: s.slots.length })) });
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
          <Form.List name="blocks">
            {(fields, { add, remove }) => (
              <Flex vertical gap={12}>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    title={t('meetings.slots.block', { number: index + 1 })}
                    extra={
                      <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('meetings.slots.removeBlock', { number: index + 1 })} />
                    }
                  >
                    <Row gutter={8}>
                      <Col xs={24} sm={12}>
                        <Form.Item name={[field.name, 'day']} label={t('meetings.slots.day')} rules={[{ required: true, message: t('validation.required') }]}>
                          <Select options={days.map((d) => ({ value: d, label: time.day(d) }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={12}>
                        <Form.Item name={[field.name, 'start']} label={t('meetings.slots.start')} rules={[{ required: true, pattern: /^([01][0-9]|2[0-3]):[0-5][0-9]$/, message: t('meetings.slots.startInvalid') }]}>
                          <Input type="time" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={8}>
                        <Form.Item name={[field.name, 'slotMinutes']} label={t('meetings.slots.slotMinutes')} rules={[{ required: true, type: 'integer', min: 5, max: 240, message: t('meetings.slots.range', { min: 5, max: 240 }) }]}>
                          <InputNumber min={5} max={240} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={8}>
                        <Form.Item name={[field.name, 'count']} label={t('meetings.slots.count')} rules={[{ required: true, type: 'integer', min: 1, max: 60, message: t('meetings.slots.range', { min: 1, max: 60 }) }]}>
                          <InputNumber min={1} max={60} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={8}>
                        <Form.Item name={[field.name, 'gapMinutes']} label={t('meetings.slots.gapMinutes')} rules={[{ type: 'integer', min: 0, max: 120, message: t('meetings.slots.range', { min: 0, max: 120 }) }]}>
                          <InputNumber min={0} max={120} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Form.List name={[field.name, 'breaks']}>
                      {(breaks, ops) => (
                        <Flex vertical gap={4}>
                          {breaks.map((b) => (
                            <Space key={b.key} wrap align="baseline">
                              <Form.Item name={[b.name, 'afterSlot']} label={t('meetings.slots.breakAfter')} rules={[{ required: true, type: 'integer', min: 1, message: t('meetings.slots.range', { min: 1, max: 60 }) }]} style={{ marginBottom: 4 }}>
                                <InputNumber min={1} max={60} />
                              </Form.Item>
                              <Form.Item name={[b.name, 'minutes']} label={t('meetings.slots.breakMinutes')} rules={[{ required: true, type: 'integer', min: 1, max: 600, message: t('meetings.slots.range', { min: 1, max: 600 }) }]} style={{ marginBottom: 4 }}>
                                <InputNumber min={1} max={600} />
                              </Form.Item>
                              <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => ops.remove(b.name)} aria-label={t('meetings.slots.removeBreak')} />
                            </Space>
                          ))}
                          <div>
                            <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => ops.add({ afterSlot: 4, minutes: 30 })}>
                              {t('meetings.slots.addBreak')}
                            </Button>
                          </div>
                        </Flex>
                      )}
                    </Form.List>
                  </Card>
                ))}
                <div>
                  <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ day: days[0] ?? event.startsOn, start: '14:00', slotMinutes: 20, count: 8, gapMinutes: 5, breaks: [] })}>
                    {t('meetings.slots.addBlock')}
                  </Button>
                </div>
              </Flex>
            )}
          </Form.List>
          <SetupErrorAlert error={save.error} />
          <div className="sticky-actions" style={{ marginTop: 16 }}>
            <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={save.isPending} disabled={problems.length > 0} onClick={() => void submit()}>
              {t('meetings.slots.save')}
            </Button>
          </div>
        </Form>
      </Col>
      <Col xs={24} lg={10}>
        <Preview event={event} blocks={blocks} />
      </Col>
    </Row>
  );
}

import { ActionIcon, Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useActivities } from '../api/outreach-api';

const pad = (n: number) => String(n).padStart(2, '0');
const MAX_PER_DAY = 3;

/** Month view: each activity on its local date in the village's time zone. */
export function ActivityCalendar() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const today = new Date();
  const [month, setMonth] = useState({ year: today.getFullYear(), month: today.getMonth() });
  const days = new Date(Date.UTC(month.year, month.month + 1, 0)).getUTCDate();
  const prefix = `${month.year}-${pad(month.month + 1)}`;
  const activities = useActivities({ from: `${prefix}-01`, to: `${prefix}-${pad(days)}`, pageSize: 200 });
  // Monday first, as Indonesian calendars show it.
  const lead = (new Date(Date.UTC(month.year, month.month, 1)).getUTCDay() + 6) % 7;
  const byDay = new Map<number, { id: string; title: string; time: string; status: string }[]>();
  for (const a of activities.data?.items ?? []) {
    const day = Number(a.localStart.slice(8, 10));
    byDay.set(day, [
      ...(byDay.get(day) ?? []),
      { id: a.id, title: a.title, time: a.localStart.slice(11, 16), status: a.status },
    ]);
  }
  for (const list of byDay.values()) list.sort((x, y) => x.time.localeCompare(y.time));
  const monthName = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(month.year, month.month, 1)));
  const shift = (delta: number) =>
    setMonth(({ year, month: m }) => {
      const next = new Date(Date.UTC(year, m + delta, 1));
      return { year: next.getUTCFullYear(), month: next.getUTCMonth() };
    });

  return (
    <Stack>
      <Group justify="space-between">
        <ActionIcon variant="default" aria-label={t('outreach.calendar.previous')} onClick={() => shift(-1)}>
          ‹
        </ActionIcon>
        <Title order={2} size="h3">
          {monthName}
        </Title>
        <ActionIcon variant="default" aria-label={t('outreach.calendar.next')} onClick={() => shift(1)}>
          ›
        </ActionIcon>
      </Group>
      <ErrorAlert message={errors.message(activities.error)} />
      <SimpleGrid cols={7} spacing={4}>
        {t('outreach.calendar.weekdays')
          .split(',')
          .map((name) => (
            <Text key={name} size="xs" fw={700} ta="center">
              {name}
            </Text>
          ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead-${i}`} />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const day = i + 1;
          const items = byDay.get(day) ?? [];
          return (
            <Paper key={day} withBorder p={4} mih={72} data-day={`${prefix}-${pad(day)}`}>
              <Text size="xs" c="dimmed">
                {day}
              </Text>
              {items.slice(0, MAX_PER_DAY).map((item) => (
                <Anchor
                  key={item.id}
                  component={Link}
                  to={`/pencegahan/kegiatan/${item.id}`}
                  size="xs"
                  display="block"
                  c={item.status === 'planned' ? 'blue.9' : '#1b5e20'}
                  lineClamp={2}
                >
                  {item.time} {item.title}
                </Anchor>
              ))}
              {items.length > MAX_PER_DAY && (
                <Text size="xs">{t('outreach.calendar.more', { count: items.length - MAX_PER_DAY })}</Text>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

import { Button, Group, Stack, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Everyday descriptions people can try with one tap (kept in the i18n files). */
const EXAMPLE_KEYS = ['like', 'declaration', 'photo', 'attributes', 'money'] as const;

type RuleCheckFormProps = {
  query: string;
  date: string;
  onSubmit: (query: string, date: string) => void;
};

/** The conduct description and its optional date; the page keeps both in the URL. */
export function RuleCheckForm({ query, date, onSubmit }: RuleCheckFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  const [day, setDay] = useState(date);
  // Back/forward and shared links change the URL; the inputs follow it.
  useEffect(() => setText(query), [query]);
  useEffect(() => setDay(date), [date]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text.trim(), day);
  };
  // Enter checks (as in a search box); Shift+Enter still starts a new line.
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onSubmit(text.trim(), day);
    }
  };
  const handleExample = (example: string) => {
    setText(example);
    onSubmit(example, day);
  };

  return (
    <form onSubmit={handleSubmit} role="search" aria-label={t('rules.checkTitle')}>
      <Stack gap="sm">
        <Textarea
          label={t('rules.queryLabel')}
          description={t('rules.queryHelp')}
          placeholder={t('rules.queryPlaceholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={handleKeyDown}
          maxLength={2000}
          size="md"
          autosize
          minRows={1}
          maxRows={5}
          enterKeyHint="search"
        />
        <Group gap={6} wrap="wrap" aria-label={t('rules.examples')} role="group">
          <Text size="sm" component="span">
            {t('rules.examples')}
          </Text>
          {EXAMPLE_KEYS.map((key) => {
            const example = t(`rules.example.${key}`);
            return (
              <UnstyledButton key={key} className="example-chip" onClick={() => handleExample(example)}>
                {example}
              </UnstyledButton>
            );
          })}
        </Group>
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput
            type="date"
            label={t('rules.dateLabel')}
            description={t('rules.dateHelp')}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
            w={{ base: '100%', xs: 340 }}
          />
          <Button type="submit" size="md">
            {t('rules.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

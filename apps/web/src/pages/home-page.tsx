import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  return (
    <Stack>
      <PageTitle>{t('home.title')}</PageTitle>
      <Text>{t('home.welcome', { name: me.name })}</Text>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('home.memberships')}
        </Title>
        {me.memberships.length === 0 ? (
          <Text>{t('home.noMembership')}</Text>
        ) : (
          <List>
            {me.memberships.map((m) => (
              <List.Item key={m.id}>
                <Group gap="xs" wrap="wrap">
                  <Text span fw={600}>
                    {m.organizationName}
                  </Text>
                  <Badge variant="outline" color="blue.9">
                    {t(`roles.${m.role}`)}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Text mt="sm" size="sm">
          {me.twoFactorEnabled ? t('home.twoFactorOn') : t('home.twoFactorOff')}
        </Text>
      </Card>
    </Stack>
  );
}

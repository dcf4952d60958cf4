import { Anchor, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from './language-switch';

/** The frame of the public pages for visitors without an account: small, no navigation drawer. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="wrap" gap="xs" maw={960} mx="auto">
          <Text
            fw={700}
            size="lg"
            component={Link}
            to="/cek-aturan"
            c="blue.9"
            style={{ textDecoration: 'none' }}
          >
            {t('app.name')}
          </Text>
          <Group gap="md" wrap="wrap" component="nav" aria-label={t('nav.public')}>
            <Anchor component={Link} to="/cek-aturan" size="sm">
              {t('rules.checkTitle')}
            </Anchor>
            <Anchor component={Link} to="/aturan" size="sm">
              {t('nav.catalogue')}
            </Anchor>
            <Anchor component={Link} to="/lapor" size="sm">
              {t('nav.report')}
            </Anchor>
            <Anchor component={Link} to="/lacak" size="sm">
              {t('nav.track')}
            </Anchor>
            <Anchor component={Link} to="/pengumuman" size="sm">
              {t('nav.announcements')}
            </Anchor>
            <Anchor component={Link} to="/imbauan" size="sm">
              {t('nav.publicAppeals')}
            </Anchor>
            <Anchor component={Link} to="/berita" size="sm">
              {t('nav.publicNews')}
            </Anchor>
            <Anchor component={Link} to="/masuk" size="sm">
              {t('auth.signIn')}
            </Anchor>
            <LanguageSwitch />
          </Group>
        </Group>
      </Box>
      <Box component="main" id="main" px="md" py="lg" maw={960} mx="auto">
        <Outlet />
      </Box>
    </>
  );
}

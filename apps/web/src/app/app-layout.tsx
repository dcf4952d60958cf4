import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { Me } from '@netra/contracts';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { authRequests, meKeys } from '../features/auth';
import { LanguageSwitch } from './language-switch';
import { ADMIN_ITEMS, MODULE_ITEMS, type NavItem } from './nav-items';

export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // The collapsed phone navbar is only moved off screen; inert keeps it out of the tab order.
  const isPhone = useMediaQuery('(max-width: 48em)');
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const adminItems = ADMIN_ITEMS.filter((item) => !item.ability || me.abilities[item.ability]);

  const isActive = ({ to, alsoActiveOn = [] }: NavItem) =>
    to === '/'
      ? location.pathname === '/'
      : [to, ...alsoActiveOn].some((prefix) => location.pathname.startsWith(prefix));
  const handleSignOut = async () => {
    await authRequests.signOut().catch(() => undefined);
    client.clear();
    client.setQueryData(meKeys.me, null);
    await navigate('/masuk');
  };
  const renderItem = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.labelKey)}
      active={isActive(item)}
      variant="filled"
      onClick={close}
      rightSection={
        item.isSoon ? (
          <Badge size="xs" color={isActive(item) ? 'white' : 'gray.8'} variant="outline">
            {t('nav.soon')}
          </Badge>
        ) : undefined
      }
    />
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={opened}
            />
            <Text fw={700} size="lg" component={Link} to="/" c="blue.9" style={{ textDecoration: 'none' }}>
              {t('app.name')}
            </Text>
            <Text size="sm" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')} inert={isPhone && !opened}>
        <AppShell.Section grow component={ScrollArea}>
          {MODULE_ITEMS.filter((item) => !item.ability || me.abilities[item.ability]).map(renderItem)}
          {adminItems.length > 0 && (
            <Text size="xs" fw={700} tt="uppercase" mt="md" mb={4} px="sm">
              {t('nav.admin')}
            </Text>
          )}
          {adminItems.map(renderItem)}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" fw={700} tt="uppercase" mt="md" mb={4} px="sm">
            {t('nav.account')}
          </Text>
          <Text size="sm" px="sm" truncate="end">
            {me.name}
          </Text>
          {renderItem({ to: '/akun/keamanan', labelKey: 'nav.security' })}
          <NavLink component="button" label={t('nav.signOut')} onClick={() => void handleSignOut()} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

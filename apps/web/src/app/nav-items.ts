// The navigation: modules to come are listed now so that the layout does not change later.
export type NavItem = {
  to: string;
  labelKey: string;
  isSoon?: boolean;
  ability?: string;
  /** Other path prefixes under which the item is shown as current. */
  alsoActiveOn?: string[];
};

export const MODULE_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/cek-aturan', labelKey: 'nav.rules', alsoActiveOn: ['/aturan'] },
  { to: '/perkara', labelKey: 'nav.cases', ability: 'cases.read' },
  { to: '/pencegahan', labelKey: 'nav.prevention', isSoon: true },
  { to: '/pemantauan', labelKey: 'nav.monitoring', isSoon: true },
  { to: '/transparansi', labelKey: 'nav.transparency', isSoon: true },
];

export const ADMIN_ITEMS: NavItem[] = [
  { to: '/admin/organisasi', labelKey: 'nav.organizations', ability: 'organizations.read' },
  { to: '/admin/pengguna', labelKey: 'nav.users', ability: 'users.read' },
  { to: '/admin/undangan', labelKey: 'nav.invitations', ability: 'invitations.manage' },
  { to: '/admin/wilayah', labelKey: 'nav.regions', ability: 'regions.read' },
  { to: '/admin/pemilihan', labelKey: 'nav.elections', ability: 'elections.manage' },
  { to: '/admin/audit', labelKey: 'nav.audit', ability: 'audit.read' },
];

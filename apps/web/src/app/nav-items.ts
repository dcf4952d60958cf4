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
  { to: '/tindak-lanjut', labelKey: 'nav.followUp', ability: 'cases.follow_up' },
  { to: '/perkara/form-a', labelKey: 'caseWork.formA.navLabel', ability: 'supervision.file' },
  { to: '/pencegahan/imbauan', labelKey: 'nav.appeals', ability: 'appeals.read' },
  {
    to: '/pencegahan/imbauan/daftar-hadir',
    labelKey: 'appeals.attendance.title',
    ability: 'appeals.attendance',
  },
  {
    to: '/pencegahan/kegiatan',
    labelKey: 'nav.outreach',
    ability: 'outreach.read',
    alsoActiveOn: ['/pencegahan/cakupan'],
  },
  { to: '/pencegahan/berita', labelKey: 'nav.news', ability: 'news.manage' },
  { to: '/pemantauan', labelKey: 'nav.monitoring', ability: 'monitoring.read' },
  { to: '/pemantauan/registri', labelKey: 'nav.registry', ability: 'asn.read' },
  { to: '/pemantauan/kandidat', labelKey: 'nav.candidates', ability: 'monitoring.read' },
  { to: '/pemantauan/impor', labelKey: 'registry.navImports', ability: 'monitoring.handle' },
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

// Roles and organisation types are shared by the server policy, the web app and the CLI.
export const ROLES = [
  'administrator',
  'commissioner',
  'handling_staff',
  'prevention_staff',
  'field_supervisor',
  'humas',
  'police_liaison',
  'agency_hr',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_TYPES = [
  'bawaslu_ri',
  'bawaslu_provinsi',
  'bawaslu_kabupaten_kota',
  'panwaslu_kecamatan',
  'pkd',
  'polda',
  'polres',
  'polsek',
  'pemda_sekda',
  'bkpsdm',
  'opd',
  'bkn',
  'kpu',
  'kejaksaan',
  'sentra_gakkumdu',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** The region level each organisation type normally covers (0 national … 4 village). */
export const ORGANIZATION_TYPE_LEVEL: Record<OrganizationType, number> = {
  bawaslu_ri: 0,
  bawaslu_provinsi: 1,
  bawaslu_kabupaten_kota: 2,
  panwaslu_kecamatan: 3,
  pkd: 4,
  polda: 1,
  polres: 2,
  polsek: 3,
  pemda_sekda: 2,
  bkpsdm: 2,
  opd: 2,
  bkn: 0,
  kpu: 2,
  kejaksaan: 2,
  sentra_gakkumdu: 2,
};

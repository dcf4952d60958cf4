export { OrganizationsManager } from './components/organizations-manager';
export { OrganizationSelect } from './components/organization-select';

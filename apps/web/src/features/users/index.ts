export { UsersManager } from './components/users-manager';
export { RoleSelect } from './components/role-select';

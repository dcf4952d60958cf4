export { AuditTrail } from './components/audit-trail';

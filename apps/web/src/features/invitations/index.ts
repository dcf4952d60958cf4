export { InvitationsManager } from './components/invitations-manager';
export { AcceptInvitation } from './components/accept-invitation';

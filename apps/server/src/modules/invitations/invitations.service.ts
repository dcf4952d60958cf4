import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { CreateInvitationInput, InvitationDto, Role } from '@netra/contracts';
import { inTransaction, type Database } from '../../db/database';
import { AppError, assertFound } from '../../lib/app-error';
import type { Mailer } from '../../lib/mailer';
import { authorize, auditActor, type RequestContext } from '../access/access.service';
import { scopesFor } from '../access/access.policy';
import { recordAudit } from '../audit/audit.service';
import { organizationsRepository } from '../organizations/organizations.repository';
import { usersRepository } from '../users/users.repository';
import { invitationsRepository, type InvitationRow } from './invitations.repository';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function statusOf(row: InvitationRow, now: Date): InvitationDto['status'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now ? 'expired' : 'pending';
}

const present = (row: InvitationRow): InvitationDto => ({
  id: row.id,
  email: row.email,
  name: row.name,
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  role: row.role as Role,
  status: statusOf(row, new Date()),
  expiresAt: row.expires_at.toISOString(),
  createdAt: row.created_at.toISOString(),
});

export function createInvitationsService(deps: {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  validDays: number;
}) {
  const { db } = deps;

  /** Why a link cannot be used, or undefined when it can. */
  function problemWith(row: InvitationRow | undefined) {
    if (!row) return 'invitations.not_found' as const;
    if (row.accepted_at) return 'invitations.already_used' as const;
    if (row.revoked_at) return 'invitations.revoked' as const;
    if (row.expires_at <= new Date()) return 'invitations.expired' as const;
    return undefined;
  }

  async function refuse(
    code: NonNullable<ReturnType<typeof problemWith>>,
    row: InvitationRow | undefined,
    requestId: string,
  ): Promise<never> {
    await recordAudit(db, {
      regionCode: row?.region_code ?? null,
      action: 'invitation.accept_refused',
      entityType: 'invitation',
      entityId: row?.id ?? null,
      outcome: 'denied',
      after: { reason: code },
      requestId,
    });
    throw new AppError(code);
  }

  return {
    async create(
      ctx: RequestContext,
      input: CreateInvitationInput,
    ): Promise<InvitationDto & { link: string }> {
      const organization = assertFound(
        await organizationsRepository.findById(db, input.organizationId),
        'organizations.not_found',
      );
      const membership = await authorize(db, ctx, 'invitations.manage', organization.region_code);
      if (await usersRepository.findByEmail(db, input.email)) throw new AppError('invitations.email_taken');
      const token = randomBytes(32).toString('base64url');
      const link = `${deps.publicUrl}/undangan/${token}`;
      const expiresAt = new Date(Date.now() + deps.validDays * 86_400_000);
      const id = await inTransaction(db, async (tx) => {
        const newId = await invitationsRepository.insert(tx, {
          ...input,
          tokenHash: hashToken(token),
          invitedBy: ctx.actor.userId,
          expiresAt,
        });
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: organization.region_code,
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: newId,
          after: { organizationId: input.organizationId, role: input.role },
          requestId: ctx.requestId,
        });
        return newId;
      });
      await deps.mailer.send({
        kind: 'invitation',
        to: input.email,
        subject: 'Undangan bergabung dengan Netra / Invitation to Netra',
        text:
          `Yth. ${input.name},\n\nAnda diundang bergabung dengan ${organization.name} di Netra. ` +
          `Buka tautan berikut untuk membuat kata sandi (berlaku sampai ${expiresAt.toISOString().slice(0, 10)}):\n${link}\n\n` +
          `You are invited to join ${organization.name} in Netra. Open the link above to set your password.\n`,
      });
      return {
        ...present(assertFound(await invitationsRepository.findById(db, id), 'invitations.not_found')),
        link,
      };
    },

    async list(ctx: RequestContext, page: number, pageSize: number) {
      await authorize(db, ctx, 'invitations.manage');
      const { rows, total } = await invitationsRepository.list(db, {
        scopes: scopesFor(ctx.actor, 'invitations.manage'),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: rows.map(present), total, page, pageSize };
    },

    async revoke(ctx: RequestContext, id: string): Promise<void> {
      const row = assertFound(await invitationsRepository.findById(db, id), 'invitations.not_found');
      const membership = await authorize(db, ctx, 'invitations.manage', row.region_code);
      const problem = problemWith(row);
      if (problem && problem !== 'invitations.expired') throw new AppError(problem);
      await inTransaction(db, async (tx) => {
        await invitationsRepository.markRevoked(tx, id);
        await recordAudit(tx, {
          actor: auditActor(ctx, membership),
          regionCode: row.region_code,
          action: 'invitation.revoked',
          entityType: 'invitation',
          entityId: id,
          requestId: ctx.requestId,
        });
      });
    },

    /** What the invitee sees before choosing a password. */
    async preview(token: string, requestId: string) {
      const row = await invitationsRepository.findByTokenHash(db, hashToken(token));
      const problem = problemWith(row);
      if (problem) return refuse(problem, row, requestId);
      const r = row!;
      return {
        email: r.email,
        name: r.name,
        organizationName: r.organization_name,
        role: r.role as Role,
        expiresAt: r.expires_at.toISOString(),
      };
    },

    /** Creates the account, its membership and marks the link used, all in one transaction. */
    async accept(
      token: string,
      input: { password: string; locale: string },
      requestId: string,
    ): Promise<{ email: string }> {
      const passwordHash = await hashPassword(input.password);
      let refused:
        { code: NonNullable<ReturnType<typeof problemWith>>; row: InvitationRow | undefined } | undefined;
      const result = await inTransaction(db, async (tx) => {
        const row = await invitationsRepository.findByTokenHashForUpdate(tx, hashToken(token));
        const problem = problemWith(row);
        if (problem) {
          refused = { code: problem, row };
          return undefined;
        }
        const invitation = row!;
        if (await usersRepository.findByEmail(tx, invitation.email)) {
          refused = { code: 'invitations.already_used', row };
          return undefined;
        }
        const userId = await usersRepository.insertWithPassword(tx, {
          name: invitation.name,
          email: invitation.email,
          passwordHash,
          locale: input.locale,
        });
        await usersRepository.insertMembership(tx, {
          userId,
          organizationId: invitation.organization_id,
          role: invitation.role as Role,
        });
        await invitationsRepository.markAccepted(tx, invitation.id);
        await recordAudit(tx, {
          actor: { userId, label: invitation.email, organizationId: invitation.organization_id },
          regionCode: invitation.region_code,
          action: 'invitation.accepted',
          entityType: 'invitation',
          entityId: invitation.id,
          after: { userId, role: invitation.role },
          requestId,
        });
        return { email: invitation.email };
      });
      if (refused) return refuse(refused.code, refused.row, requestId);
      return result!;
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;

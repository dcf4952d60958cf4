import { Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewPasswordFields } from '../../auth';
import { currentLanguage } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { SuccessAlert } from '../../../ui/success-alert';
import { useAcceptInvitation, useInvitationPreview } from '../api/invitations-api';

/** The invitee's side: preview of the invitation, then a password for the new account. */
export function AcceptInvitation({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);

  if (accept.isSuccess) {
    return (
      <Stack>
        <SuccessAlert message={t('invite.accepted')} />
        <Anchor component={Link} to={`/masuk?email=${encodeURIComponent(accept.data.email)}`}>
          {t('invite.goSignIn')}
        </Anchor>
      </Stack>
    );
  }
  if (preview.isPending) return <Loader aria-label={t('common.loading')} />;
  if (preview.isError) {
    return (
      <Stack>
        <ErrorAlert message={errors.message(preview.error)} />
        <Anchor component={Link} to="/masuk">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  const invitation = preview.data;
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (password !== confirm) return;
    accept.mutate({ password, locale: currentLanguage(i18n.language) });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Text>
          {t('invite.intro', {
            name: invitation.name,
            organization: invitation.organizationName,
            role: t(`roles.${invitation.role}`),
          })}
        </Text>
        <Text size="sm">
          {t('invite.expires', { date: formatDateTime(invitation.expiresAt, i18n.language) })}
        </Text>
        <Text>{t('invite.choosePassword', { email: invitation.email })}</Text>
        <ErrorAlert
          message={
            accept.error && !errors.field(accept.error, 'password') ? errors.message(accept.error) : undefined
          }
        />
        <NewPasswordFields
          password={password}
          confirm={confirm}
          serverError={errors.field(accept.error, 'password')}
          isMismatchShown={isSubmitted}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('invite.accept')}
        </Button>
      </Stack>
    </form>
  );
}

import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedInvitation } from '../api/invitations-api';

/** The one-time display of a new invitation link, with a copy button. */
export function InvitationLink({
  invitation,
  onClose,
}: {
  invitation: CreatedInvitation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>{t('invitations.linkHelp', { email: invitation.email })}</Text>
      <TextInput
        label={t('invitations.linkLabel', { email: invitation.email })}
        value={invitation.link}
        readOnly
        data-testid="invitation-link"
        onFocus={(e) => e.currentTarget.select()}
      />
      <Group justify="flex-end">
        <CopyButton value={invitation.link}>
          {({ copied, copy }) => (
            <Button color={copied ? 'teal.9' : undefined} onClick={copy}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

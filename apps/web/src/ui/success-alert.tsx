import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A polite status message for completed actions (no notification package needed). */
export function SuccessAlert({ message, onClose }: { message: string | undefined; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      closeButtonLabel={t('common.close')}
      withCloseButton={Boolean(onClose)}
      onClose={onClose}
    >
      {message}
    </Alert>
  );
}

import { Alert } from '@mantine/core';

/** A polite status message for completed actions (no notification package needed). */
export function SuccessAlert({ message, onClose }: { message: string | undefined; onClose?: () => void }) {
  if (!message) return null;
  return (
    <Alert color="green" variant="light" role="status" withCloseButton={Boolean(onClose)} onClose={onClose}>
      {message}
    </Alert>
  );
}

import { Alert } from '@mantine/core';

type ErrorAlertProps = { message: string | undefined; title?: string };

/** A message the screen reader announces at once; renders nothing without a message. */
export function ErrorAlert({ message, title }: ErrorAlertProps) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {message}
    </Alert>
  );
}

import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type NewPasswordFieldsProps = {
  password: string;
  confirm: string;
  serverError?: string;
  isMismatchShown: boolean;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
};

/** New password + repeat, shared by reset, invitation and change-password forms. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const mismatch =
    props.isMismatchShown && props.confirm !== props.password ? t('auth.passwordMismatch') : undefined;
  return (
    <>
      <PasswordInput
        label={t('auth.newPassword')}
        description={t('auth.passwordHint')}
        autoComplete="new-password"
        name="new-password"
        required
        value={props.password}
        error={props.serverError}
        onChange={(e) => props.onPasswordChange(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('auth.confirmPassword')}
        autoComplete="new-password"
        name="confirm-password"
        required
        value={props.confirm}
        error={mismatch}
        onChange={(e) => props.onConfirmChange(e.currentTarget.value)}
      />
    </>
  );
}

import { notifications } from '@mantine/notifications';
import { i18n } from '../lib/i18n';

/** A short confirmation toast (green unless told) whose close button is named (Mantine leaves it unnamed). */
export function notify(message: string, color = 'green'): void {
  notifications.show({ message, color, closeButtonProps: { 'aria-label': i18n.t('shell.common.close') } });
}

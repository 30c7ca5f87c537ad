import { z } from 'zod';
import { securityChannels } from '../../../shared/contract/channels/security';
import { password } from '../../../shared/schemas/user';

/**
 * The forms of Pengaturan, built on the contract's own input schemas; only what a form adds
 * (a repeated password, a friendlier message for a number out of range) is defined here.
 */
/** The repetition is checked even while another field is still wrong, so all problems show at once. */
const bothTyped = (a: string, b: string) => (payload: { value: unknown }) => {
  const v = payload.value as Record<string, unknown>;
  return typeof v[a] === 'string' && typeof v[b] === 'string';
};

const changeShape = securityChannels['auth.changePassword'].input.shape;
export const changePasswordForm = z
  .object({ current: changeShape.current, next: changeShape.next, confirm: z.string() })
  .refine((v) => v.next === v.confirm, {
    path: ['confirm'],
    message: 'password-mismatch',
    when: bothTyped('next', 'confirm'),
  });
export type ChangePasswordForm = z.infer<typeof changePasswordForm>;

export const resetPasswordForm = z.object({ password, confirm: z.string() }).refine((v) => v.password === v.confirm, {
  path: ['confirm'],
  message: 'password-mismatch',
  when: bothTyped('password', 'confirm'),
});
export type ResetPasswordForm = z.infer<typeof resetPasswordForm>;

export const idleForm = z.object({
  idleMinutes: z
    .number({ error: 'idle-range' })
    .int({ error: 'idle-range' })
    .min(0, { error: 'idle-range' })
    .max(240, { error: 'idle-range' }),
});
export type IdleForm = z.infer<typeof idleForm>;

export const retentionForm = z.object({
  years: z
    .number({ error: 'years-range' })
    .int({ error: 'years-range' })
    .min(3, { error: 'years-range' })
    .max(30, { error: 'years-range' }),
});
export type RetentionForm = z.infer<typeof retentionForm>;

/** privacy.subjectExport's NIP rule (18 digits), with this form's own message. */
export const subjectExportForm = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, { error: 'nip-format' }),
});
export type SubjectExportForm = z.infer<typeof subjectExportForm>;

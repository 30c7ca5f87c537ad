import { z } from 'zod';
import { officeInput } from '../../../shared/schemas/office';
import { newUserInput } from '../../../shared/schemas/user';

/**
 * The setup.complete payload (the contract's own office and user schemas) plus the password
 * confirmation, which only the form needs.
 */
export const setupFormSchema = z
  .object({
    office: officeInput,
    admin: newUserInput.omit({ role: true }).extend({ passwordConfirm: z.string() }),
  })
  .refine((v) => v.admin.password === v.admin.passwordConfirm, {
    path: ['admin', 'passwordConfirm'],
    message: 'password-mismatch',
    // Check the confirmation even while other fields are still wrong, so all problems show at once.
    when: (payload) => {
      const admin = (payload.value as { admin?: { password?: unknown; passwordConfirm?: unknown } }).admin;
      return typeof admin?.password === 'string' && typeof admin.passwordConfirm === 'string';
    },
  });

export type SetupFormInput = z.input<typeof setupFormSchema>;
export type SetupFormValues = z.output<typeof setupFormSchema>;

export const EMPTY_SETUP: SetupFormInput = {
  office: { name: '', code: '', province: '', agency: '' },
  admin: { username: '', displayName: '', password: '', passwordConfirm: '' },
};

export const SETUP_FIELDS = [
  'office.name',
  'office.code',
  'office.province',
  'office.agency',
  'admin.username',
  'admin.displayName',
  'admin.password',
] as const;

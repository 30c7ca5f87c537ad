export const ROLES = ['admin', 'coordinator', 'assessor'] as const;
export type Role = (typeof ROLES)[number];

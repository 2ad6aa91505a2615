import { z } from 'astro/zod';

/** The service types the source names for belt providers, in its order. */
export const serviceTypeValues = ['代运营', '陪跑伴教', '培训', '千川投流', '达人分销', '供应链组货', 'SaaS'] as const;
export const serviceTypeSchema = z.enum(serviceTypeValues, {
  error: `expected one of: ${serviceTypeValues.join('、')}`,
});
export type ServiceType = z.output<typeof serviceTypeSchema>;

import { z } from 'zod';

/** Declares a method: its zod input schema, and its result as a type only. */
export function returns<R>() {
  return <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R });
}

export const id = z.string().min(1).max(100);
export const filePath = z.string().min(1).max(4096);
export const empty = z.object({}).strict();
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ')
  .nullable();
export const shortText = z.string().max(500);
export const longText = z.string().max(200_000);
export const offset = z.number().int().min(0).max(1_000_000_000);

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form';
import * as z from '@/domain/zod';
import './form.css';

/**
 * Every form that takes typed details goes through here: react-hook-form with the zod schema as its one source of
 * rules. (The question screen's radios need neither: each answer is stored the moment it is given.)
 */
export function useZodForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodMiniType<Output, Input>,
  options: Omit<UseFormProps<Input, unknown, Output>, 'resolver'> = {},
) {
  return useForm<Input, unknown, Output>({ ...options, resolver: zodResolver(schema) });
}

/**
 * Years of experience as typed: empty, or a number from 0 to 60 with at most one decimal place. A decimal comma reads
 * as a point: it is what a phone's number keyboard offers in much of the world.
 */
export const YearsFieldSchema = z
  .string()
  .check(
    z.trim(),
    z.overwrite((value) => value.replace(',', '.')),
    z.refine((value) => value === '' || (/^\d{1,2}(\.\d)?$/.test(value) && Number(value) <= 60), 'Enter years as a number from 0 to 60, or leave it empty'),
  );

/** The years a field holds, as a number; null when it is empty or not a number of years the field takes. */
export function yearsFromField(text: string): number | null {
  const parsed = YearsFieldSchema.safeParse(text);
  return parsed.success && parsed.data !== '' ? Number(parsed.data) : null;
}

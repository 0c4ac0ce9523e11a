import type { ZodType } from "zod";

/**
 * Checks a form against the same zod schema the API uses, before it is sent: the person sees the
 * problem beside the field at once, and the server checks again regardless.
 */
export function validateForm(
  schema: ZodType,
  values: Record<string, unknown>,
): Record<string, string[]> | undefined {
  const result = schema.safeParse(values);
  if (result.success) return undefined;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { api } from "~/server/api";
import { isDate } from "./format";

export interface RangeAsked {
  from?: string;
  to?: string;
}

export interface RangeErrors {
  from?: string;
  to?: string;
  /** A refusal that names neither field. */
  form?: string;
}

/** The problems with an asked-for period, by field, when the API refused it as bad input. */
function rangeErrorsOf(error: unknown): RangeErrors | null {
  if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") return null;
  const cause = error.cause as
    | { issues?: { path: (string | number)[]; message: string }[]; field?: string }
    | undefined;
  const errors: RangeErrors = {};
  for (const issue of cause?.issues ?? []) {
    const key = issue.path[0];
    if (key === "from" || key === "to") errors[key] ??= issue.message;
  }
  if (cause?.field === "from" || cause?.field === "to") errors[cause.field] = error.message;
  if (!errors.from && !errors.to) errors.form = error.message;
  return errors;
}

/**
 * Loads a page for the period in the URL. A period the API refuses (a typo, the future, too long)
 * does not break the page: it shows the default period, with the reason beside the date field.
 */
export async function loadForRange<T>(
  load: (range: RangeAsked) => Promise<T>,
  asked: RangeAsked,
): Promise<{ data: T; errors: RangeErrors | null }> {
  try {
    return { data: await load(asked), errors: null };
  } catch (error) {
    const errors = rangeErrorsOf(error);
    if (!errors) throw error;
    // The page still opens on the usual period; a second refusal is a real error.
    return { data: await load({}), errors };
  }
}

/**
 * Runs a dashboard load: a team of another organisation (or a person not in the team) is the 404
 * page; a team the person may not open answers "forbidden" so the page can say so kindly.
 */
export async function orRefused<T>(load: Promise<T>): Promise<T | "forbidden"> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return "forbidden";
    throw error;
  }
}

/** The query string that keeps the chosen period when moving between the team and a member. */
export function rangeQuery(asked: RangeAsked, errors: RangeErrors | null): string {
  if (errors) return "";
  const params = new URLSearchParams();
  if (isDate(asked.from)) params.set("from", asked.from);
  if (isDate(asked.to)) params.set("to", asked.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The teams whose dashboard the person may open, read once per request (the title and the page both need it). */
export const dashboardTeams = cache(async () => (await api()).dashboard.teams());

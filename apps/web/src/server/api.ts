import "server-only";

import { createCaller, createContext } from "@rapport/api";
import { getDatabase } from "@rapport/db";
import { appMailer } from "@rapport/email";
import { TRPCError } from "@trpc/server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { appUrl, currentUser, emailLinkOrigin, ORG_COOKIE, requireUser } from "./session";

/** The request's API context: database, session, chosen organisation, mailer. */
const requestContext = cache(async () => {
  const [handle, user, h, jar, origin, links] = await Promise.all([
    getDatabase(),
    currentUser(),
    headers(),
    cookies(),
    appUrl(),
    emailLinkOrigin(),
  ]);
  return createContext({
    db: handle.db,
    engine: handle.engine,
    headers: new Headers(h),
    session: user ? { id: user.id, email: user.email } : null,
    preferredOrganisationId: jar.get(ORG_COOKIE)?.value,
    appUrl: origin,
    linksRefused: links.ok ? undefined : links.reason,
    mailer: appMailer(handle.db),
  });
});

type Caller = ReturnType<typeof createCaller>;

/**
 * `me.get` (who I am, my organisations and teams) read once per request: the layout, the page and its
 * helpers all ask for it (one statement each time, `readMyself`). A mutation does not refresh it within the same
 * request; every form redirects or revalidates, which is a new request.
 */
const meOnce = cache(async () => createCaller(await requestContext()).me.get());

/** Calls the API as the signed-in person from Server Components and Server Actions. */
export async function api(): Promise<Caller> {
  const caller = createCaller(await requestContext());
  return new Proxy(caller, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== "me") return value;
      return new Proxy(value, {
        get: (me, name, r) => (name === "get" ? meOnce : Reflect.get(me, name, r)),
      });
    },
  });
}

/**
 * For pages inside the signed-in app: the person and their organisation, or a redirect (to sign in, or
 * to /welcome when they are not in an organisation yet). Call it first so no query runs for nobody.
 */
export async function requireMember(returnTo: string) {
  const user = await requireUser(returnTo);
  const me = await (await api()).me.get();
  if (!me.activeOrganisation) redirect("/welcome");
  return { user, me, organisation: me.activeOrganisation };
}

/** How dates and numbers are written for the signed-in person ("en-GB", "de-DE"), read once per request. */
export const myLocale = cache(async () => (await (await api()).me.get()).user.locale);

export interface ActionState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

/** Runs an API call for a form and turns errors into messages shown beside the fields. */
export async function formAction(run: () => Promise<unknown>): Promise<ActionState> {
  try {
    const message = await run();
    return { ok: true, message: typeof message === "string" ? message : undefined };
  } catch (error) {
    if (error instanceof TRPCError) {
      const cause = error.cause as
        | { issues?: { path: (string | number)[]; message: string }[]; field?: string }
        | undefined;
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of cause?.issues ?? []) {
        const key = String(issue.path[0] ?? "form");
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
      }
      if (cause?.field) fieldErrors[cause.field] = [error.message];
      const hasFields = Object.keys(fieldErrors).length > 0;
      return {
        ok: false,
        message:
          hasFields && error.code === "BAD_REQUEST" ? "Please check the highlighted fields." : error.message,
        fieldErrors,
      };
    }
    throw error;
  }
}

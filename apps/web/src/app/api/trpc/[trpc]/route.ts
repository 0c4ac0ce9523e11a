import { appRouter, createContext } from "@rapport/api";
import { auth } from "@rapport/auth/next";
import { getDatabase } from "@rapport/db";
import { appMailer } from "@rapport/email";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { crossSiteRefusal } from "~/server/cross-site";
import { appUrl, emailLinkOrigin } from "~/server/session";

export const dynamic = "force-dynamic";

async function handler(request: Request): Promise<Response> {
  // A form on another site must not be able to run a mutation with this person's cookies.
  const refused = crossSiteRefusal(request, "json");
  if (refused) return refused;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: request,
    createContext: async () => {
      const [handle, session, origin, links] = await Promise.all([
        getDatabase(),
        auth(),
        appUrl(),
        emailLinkOrigin(),
      ]);
      const user = session?.user;
      const preferred = /(?:^|;\s*)rapport_org=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
      return createContext({
        db: handle.db,
        engine: handle.engine,
        headers: request.headers,
        session: user?.id && user.email ? { id: user.id, email: user.email } : null,
        preferredOrganisationId: preferred ?? undefined,
        appUrl: origin,
        linksRefused: links.ok ? undefined : links.reason,
        mailer: appMailer(handle.db),
      });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };

import { getDatabase } from "@rapport/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import { appRouter } from "./root";

/** The /api/trpc route: one handler for GET and POST. */
export async function handleTrpcRequest(request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: request,
    createContext: async () => {
      const handle = await getDatabase();
      return createContext({ db: handle.db, engine: handle.engine, headers: request.headers });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

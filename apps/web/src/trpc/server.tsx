import "server-only";

import { appRouter, createCaller, createContext } from "@rapport/api";
import { getDatabase } from "@rapport/db";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { createQueryClient } from "./query-client";

/** One context per request, built from the request's headers (and, later, its session). */
const createRequestContext = cache(async () => {
  const handle = await getDatabase();
  return createContext({ db: handle.db, engine: handle.engine, headers: new Headers(await headers()) });
});

export const getQueryClient = cache(createQueryClient);

/** For prefetching in Server Components: `prefetch(trpc.x.y.queryOptions())`. */
export const trpc = createTRPCOptionsProxy({
  ctx: createRequestContext,
  router: appRouter,
  queryClient: getQueryClient,
});

/** Direct calls from Server Components and Server Actions. */
export async function serverCaller() {
  return createCaller(await createRequestContext());
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

import { getDatabase } from "@rapport/db";
import NextAuth from "next-auth";
import { buildAuthConfig } from "./config";

// Lazy: the database is opened on the first request, never at import (next build imports this).
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const handle = await getDatabase();
  return buildAuthConfig(handle.db, handle.engine);
});

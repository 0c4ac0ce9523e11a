import { handleTrpcRequest } from "@rapport/api";

export const dynamic = "force-dynamic";

export { handleTrpcRequest as GET, handleTrpcRequest as POST };

import { randomUUID } from "node:crypto";
import http from "node:http";

// Next.js gives route handlers and server actions no access to the socket, and fills X-Forwarded-For from
// it only when the client sent none, so a client can pick its own address there. At start the server
// stamps every incoming request with its socket's peer address under our own header, before Next.js sees
// it. The stamp carries a secret of this process, so a value a client wrote under that name is ignored.

const HEADER = "x-rapport-socket-address";
const STATE = Symbol.for("rapport.socketAddressStamp");
type Holder = { [STATE]?: { secret: string } };

function secret(): string {
  const holder = globalThis as Holder;
  holder[STATE] ??= { secret: randomUUID() };
  return holder[STATE].secret;
}

/** Patches the Node HTTP server once per process; from then on every request carries its socket address. */
export function stampSocketAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [STATE]?: true };
  if (proto[STATE]) return;
  proto[STATE] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function stamped(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[HEADER] = `${secret()} ${request.socket?.remoteAddress ?? "unknown"}`;
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}

/** The socket address the server stamped on this request, or null when it was not stamped by us. */
export function stampedSocketAddress(headers: Headers): string | null {
  const value = headers.get(HEADER);
  const [given, address] = value?.split(" ") ?? [];
  return given === secret() && address ? address : null;
}

/** For tests: headers as a stamped request carries them. */
export function stampedHeaders(address: string, init: Record<string, string> = {}): Headers {
  return new Headers({ ...init, [HEADER]: `${secret()} ${address}` });
}

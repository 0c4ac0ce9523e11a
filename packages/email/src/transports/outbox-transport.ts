import { randomUUID } from "node:crypto";
import { EmailSendError } from "../errors";
import type { EmailOutbox, OutboxEmail } from "../message";
import type { Transport } from "./transport";

/**
 * Development transport: hands each email to `outbox.save` (the app stores it in a table and shows
 * it on a dev-only page). A failing save is an error, never a silent drop.
 */
export function createOutboxTransport(outbox: EmailOutbox, from: string): Transport {
  async function save(email: OutboxEmail): Promise<string> {
    try {
      const saved = await outbox.save(email);
      return saved?.id ?? email.id;
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new EmailSendError(`Email not stored in the dev outbox: ${reason}`, {
        kind: "outbox_failed",
        transport: "outbox",
        attempts: 1,
        cause,
      });
    }
  }

  return {
    name: "outbox",
    async send(message) {
      const id = await save({ ...message, id: newOutboxId(), from });
      return { id, transport: "outbox", attempts: 1 };
    },
    async sendBatch(messages, { idempotencyKey }) {
      const ids: string[] = [];
      // One by one, in order; each message gets its own key derived from the batch key
      // so the outbox can deduplicate a retried batch the way Resend would.
      for (const [index, message] of messages.entries()) {
        const key = idempotencyKey === undefined ? undefined : `${idempotencyKey}#${index}`;
        ids.push(await save({ ...message, id: newOutboxId(), from, idempotencyKey: key }));
      }
      return { ids, transport: "outbox", attempts: messages.length === 0 ? 0 : 1 };
    },
  };
}

function newOutboxId(): string {
  return `outbox_${randomUUID()}`;
}

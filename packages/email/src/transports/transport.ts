import type {
  BatchEmailMessage,
  BatchOptions,
  EmailMessage,
  SentBatch,
  SentEmail,
  TransportName,
} from "../message";

/** What createMailer delegates to once the message has been checked. */
export interface Transport {
  readonly name: TransportName;
  send(message: EmailMessage): Promise<SentEmail>;
  sendBatch(messages: BatchEmailMessage[], options: BatchOptions): Promise<SentBatch>;
}

export {
  FAKE_RESEND_API_KEY,
  type FakeResend,
  type FakeResendAttachment,
  type FakeResendFailure,
  type FakeResendMessage,
  type FakeResendOptions,
  type FakeResendRequest,
  startFakeResend,
} from "./fake-resend";

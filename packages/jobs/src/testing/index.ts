export {
  fakeResendMailer,
  type PipelineDatabase,
  pipelineDatabase,
  seedDigestPeople,
  testRenderContext,
  testSources,
} from "./pipeline-fixtures";

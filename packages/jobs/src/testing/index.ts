export { fakeResendMailer, pipelineDatabase, type PipelineDatabase, seedDigestPeople, testRenderContext, testSources } from "./pipeline-fixtures";

// The seam through which the API reaches the digest (`@rapport/jobs/preview`): composing a person's week
// and rendering it exactly as the sender would, for the digest preview and the Today plan. Nothing here
// reaches the job engine or pg-boss; .dependency-cruiser.cjs enforces both that and that the API imports
// the jobs package through this module only.
export { type DigestSources, databaseSources, loadDigestInput } from "./digest-sources";
export { composeFor, renderDigestPayload } from "./render-digest";

import { emailAddress } from "@rapport/api/validation";
import { z } from "zod";

/** The sign-in form's rules (the API's own email rule), loaded when the form is first sent. */
export const signInSchema = z.object({ email: emailAddress });

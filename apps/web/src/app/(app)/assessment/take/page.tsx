import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentForm } from "~/components/goals/assessment-form";
import { Card, PageHeader } from "~/components/ui/card";
import { submitAssessmentAction } from "../actions";

export const metadata: Metadata = { title: "Self-assessment" };

export default function TakeAssessmentPage() {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/assessment" className="text-muted hover:text-ink">
          ← Your profile
        </Link>
      </p>
      <PageHeader
        title="What gets in the way of networking?"
        description="Twenty-four quick statements, about three minutes. Rapport uses the result to pick tips and goals that fit you."
      />
      <Card className="max-w-3xl">
        <AssessmentForm action={submitAssessmentAction} />
      </Card>
    </>
  );
}

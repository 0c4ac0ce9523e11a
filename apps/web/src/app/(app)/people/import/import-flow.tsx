"use client";

import { ChooseFileStep, FinishedStep, ImportingStep } from "./import-steps";
import { PreviewStep } from "./preview-step";
import { useImport } from "./use-import";

export function ImportFlow() {
  const { phase, readFile, runImport, restart } = useImport();
  switch (phase.kind) {
    case "choose":
    case "reading":
      return (
        <ChooseFileStep
          reading={phase.kind === "reading"}
          error={phase.kind === "choose" ? phase.error : undefined}
          onRead={readFile}
        />
      );
    case "importing":
      return <ImportingStep done={phase.done} total={phase.total} />;
    case "finished":
      return <FinishedStep phase={phase} onRestart={restart} />;
    case "preview":
      return (
        <PreviewStep
          preview={phase.preview}
          filename={phase.filename}
          onImport={(choices) => runImport(phase.preview, choices)}
          onRestart={restart}
        />
      );
  }
}

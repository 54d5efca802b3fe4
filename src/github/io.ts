// The Action's side effects on the runner: log lines, annotations, outputs, the job summary, the exit status.
// Behind an interface so that the publishing code is tested without the toolkit; createRunnerIO is the real one.
import * as core from '@actions/core';
import { EOL } from 'node:os';
import { escapeLogLine, workflowCommand } from '../render/escape.ts';
import type { Annotation } from './annotations.ts';
import type { OutputName } from './settings.ts';

export interface ActionIO {
  info(message: string): void;
  /** a run-level warning (not tied to a file) */
  warning(message: string): void;
  notice(message: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: OutputName, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

export function createRunnerIO(
  write: (line: string) => void = (line) => process.stdout.write(line + EOL),
): ActionIO {
  return {
    info: (message) => write(escapeLogLine(message)),
    warning: (message) => write(workflowCommand('warning', {}, message)),
    notice: (message) => write(workflowCommand('notice', {}, message)),
    annotate: (a) =>
      write(
        workflowCommand(
          a.level,
          {
            title: a.title,
            file: a.file,
            line: a.file ? a.startLine : undefined,
            endLine: a.file ? a.startLine : undefined,
          },
          a.message,
        ),
      ),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
      core.summary.emptyBuffer();
    },
    setFailed: (message) => {
      process.exitCode = 1;
      write(workflowCommand('error', {}, message));
    },
  };
}

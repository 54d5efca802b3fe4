// An ActionIO that records what the Action did, for assertions.
import type { Annotation } from '../../src/github/annotations.ts';
import type { ActionIO } from '../../src/github/io.ts';

export interface RecordingIO extends ActionIO {
  infos: string[];
  warnings: string[];
  notices: string[];
  annotations: Annotation[];
  outputs: Record<string, string>;
  summary: string;
  failed: string | null;
}

export function recordingIO(): RecordingIO {
  const io: RecordingIO = {
    infos: [],
    warnings: [],
    notices: [],
    annotations: [],
    outputs: {},
    summary: '',
    failed: null,
    info: (m) => void io.infos.push(m),
    warning: (m) => void io.warnings.push(m),
    notice: (m) => void io.notices.push(m),
    annotate: (a) => void io.annotations.push(a),
    setOutput: (name, value) => void (io.outputs[name] = value),
    appendSummary: async (md) => void (io.summary += md),
    setFailed: (m) => void (io.failed = m),
  };
  return io;
}

import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  runCodeJob
} from "./chunks/chunk-V56TO3SC.js";
import "./chunks/chunk-KSKFZIKP.js";
import {
  LocalSource
} from "./chunks/chunk-WREXLJID.js";
import "./chunks/chunk-UANJZWIZ.js";
import "./chunks/chunk-JWNWJ4WK.js";
import "./chunks/chunk-4IYGMZV3.js";
import "./chunks/chunk-TISUZJXF.js";

// src/parallel/code-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", ({ job, root }) => {
  try {
    const source = LocalSource.resolved(root);
    parentPort.postMessage({ ok: true, result: runCodeJob(job, root, source.readSync.bind(source)) });
  } catch (err) {
    parentPort.postMessage({
      ok: false,
      message: err instanceof Error ? err.stack ?? err.message : String(err)
    });
  }
});
//# sourceMappingURL=worker.js.map

import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import "./chunk-TISUZJXF.js";

// src/parallel/code-runner.ts
import { Worker } from "node:worker_threads";
function startCodeWorker(script) {
  let worker = null;
  let failure = null;
  let usedWorker = false;
  try {
    worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.once("error", (err) => failure = err);
    worker.unref();
  } catch (err) {
    failure = err;
  }
  return {
    run(job, root, here) {
      if (!worker || failure) return Promise.resolve().then(here);
      const w = worker;
      return new Promise((resolve, reject) => {
        const settle = (fromWorker) => {
          w.off("message", onMessage);
          w.off("error", onFailure);
          w.off("exit", onFailure);
          void w.terminate();
          usedWorker = fromWorker !== null;
          if (fromWorker) resolve(fromWorker);
          else {
            try {
              resolve(here());
            } catch (err) {
              reject(err);
            }
          }
        };
        const onMessage = (msg) => settle(msg.ok ? msg.result : null);
        const onFailure = () => settle(null);
        w.on("message", onMessage);
        w.on("error", onFailure);
        w.on("exit", onFailure);
        w.ref();
        w.postMessage({ job, root });
      });
    },
    close() {
      if (worker) void worker.terminate();
      worker = null;
    },
    get usedWorker() {
      return usedWorker;
    }
  };
}
export {
  startCodeWorker
};
//# sourceMappingURL=code-runner-JWOKUMRU.js.map

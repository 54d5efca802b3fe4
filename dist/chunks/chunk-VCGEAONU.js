import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/render/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

export {
  renderJson
};
//# sourceMappingURL=chunk-VCGEAONU.js.map

import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  collectFacts,
  knownCheckIds,
  readPlan,
  scan
} from "./chunk-YRKXIBR4.js";
import "./chunk-IBVA5IIH.js";
import "./chunk-NL2CULDS.js";
import "./chunk-4JDMJ2U7.js";
import "./chunk-ENINP6EP.js";
import "./chunk-2SRKWLUW.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";
export {
  collectFacts,
  knownCheckIds,
  readPlan,
  scan
};
//# sourceMappingURL=pipeline-RQ2YPQN3.js.map

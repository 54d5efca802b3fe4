import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  PARALLEL_FROM,
  collectFacts,
  collectOtherFacts,
  combineFacts,
  knownCheckIds,
  readPlan,
  scan
} from "./chunk-3STXJ3IH.js";
import "./chunk-UI2XLXTK.js";
import "./chunk-OVR4266S.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-NG6MNANM.js";
import "./chunk-NL2CULDS.js";
import "./chunk-4IYGMZV3.js";
import "./chunk-PMC2CNOU.js";
import "./chunk-XFPTAYHH.js";
import "./chunk-TISUZJXF.js";
export {
  PARALLEL_FROM,
  collectFacts,
  collectOtherFacts,
  combineFacts,
  knownCheckIds,
  readPlan,
  scan
};
//# sourceMappingURL=pipeline-ZZILGR6E.js.map

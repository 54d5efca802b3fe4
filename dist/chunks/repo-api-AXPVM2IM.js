import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  describeApiError,
  listOwnerRepos,
  octokitRepoApi
} from "./chunk-MMIICBWM.js";
import "./chunk-KWKFVRCL.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-4IYGMZV3.js";
import "./chunk-TISUZJXF.js";
export {
  describeApiError,
  listOwnerRepos,
  octokitRepoApi
};
//# sourceMappingURL=repo-api-AXPVM2IM.js.map

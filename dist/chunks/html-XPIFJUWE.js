import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  blobUrl,
  contentSecurityPolicy,
  githubOriginFromGitConfig,
  renderDashboardHtml,
  renderReportHtml
} from "./chunk-GZTBROAN.js";
import "./chunk-NG6MNANM.js";
import "./chunk-26IOCWYP.js";
import "./chunk-OYD5NTW2.js";
import "./chunk-TISUZJXF.js";
export {
  blobUrl,
  contentSecurityPolicy,
  githubOriginFromGitConfig,
  renderDashboardHtml,
  renderReportHtml
};
//# sourceMappingURL=html-XPIFJUWE.js.map

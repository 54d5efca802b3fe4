import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  blobUrl,
  contentSecurityPolicy,
  githubOriginFromGitConfig,
  renderDashboardHtml,
  renderReportHtml
} from "./chunk-Z4FV5E34.js";
import "./chunk-NG6MNANM.js";
import "./chunk-KTPTG3WV.js";
import "./chunk-3A6HUAG4.js";
import "./chunk-OYD5NTW2.js";
import "./chunk-TISUZJXF.js";
export {
  blobUrl,
  contentSecurityPolicy,
  githubOriginFromGitConfig,
  renderDashboardHtml,
  renderReportHtml
};
//# sourceMappingURL=html-T42ICYDX.js.map

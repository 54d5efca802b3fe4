import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import{blobUrl,contentSecurityPolicy,githubOriginFromGitConfig,renderDashboardHtml,renderReportHtml}from"./chunk-GGYU6W2C.js";import"./chunk-5LUPKDDL.js";import"./chunk-SHQMG32D.js";import"./chunk-NG6H6RE7.js";import"./chunk-Y4VJ3AV5.js";import"./chunk-2H2XWA7D.js";export{blobUrl,contentSecurityPolicy,githubOriginFromGitConfig,renderDashboardHtml,renderReportHtml};
//# sourceMappingURL=html-GGRROICB.js.map

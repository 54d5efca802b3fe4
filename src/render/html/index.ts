// The HTML pages: a report page and the organisation dashboard, each one self-contained file.
export { renderReportHtml, type HtmlReportOptions } from './report.ts';
export { renderDashboardHtml, type DashboardOptions } from './dashboard.ts';
export { blobUrl, githubOriginFromGitConfig, type RepoRef } from './escape.ts';
export { contentSecurityPolicy } from './page.ts';

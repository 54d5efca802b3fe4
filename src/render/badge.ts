// Report → badges: an SVG (badge-maker) and a shields.io endpoint JSON, both coloured by grade.
import { makeBadge } from 'badge-maker';
import type { Grade, Report } from '../model.ts';

export const BADGE_LABEL = 'reproducibility';

/** Colours by grade, from shields.io's named palette (both badge-maker and shields.io accept these names). */
export const GRADE_COLORS: Record<Grade, string> = {
  A: 'brightgreen',
  B: 'green',
  C: 'yellow',
  D: 'orange',
  F: 'red',
};

export function badgeMessage(report: Report): string {
  return `${report.score}/100 (${report.grade})`;
}

export function badgeColor(report: Report): string {
  return GRADE_COLORS[report.grade] ?? 'lightgrey';
}

/** An SVG badge. badge-maker rejects unknown keys and keys set to undefined: only defined keys are passed. */
export function renderBadgeSvg(report: Report): string {
  return makeBadge({
    label: BADGE_LABEL,
    message: badgeMessage(report),
    color: badgeColor(report),
    style: 'flat',
  });
}

/** A shields.io endpoint badge (https://shields.io/badges/endpoint-badge). */
export function renderBadgeJson(report: Report): string {
  const badge = {
    schemaVersion: 1,
    label: BADGE_LABEL,
    message: badgeMessage(report),
    color: badgeColor(report),
  };
  return JSON.stringify(badge, null, 2) + '\n';
}

// Inline SVG charts: a horizontal bar per category and a histogram of scores. Each chart is an image with a title
// and a description (role="img", aria-labelledby), each bar has its own <title>; the pages also give the same
// numbers as a table, so nothing depends on seeing the picture. Sizes are attributes, colours come from the page's
// style sheet (no style attributes: the Content-Security-Policy allows only the hashed style element).
import { esc } from './escape.ts';

export interface Bar {
  /** a short label drawn beside the bar */
  label: string;
  value: number;
  max: number;
  /** the value as text, drawn after the bar */
  text: string;
  /** the bar's tooltip and accessible name */
  title: string;
  /** data-category of the bar */
  data?: string;
}

const W = 640;
const LABEL_W = 170;
const BAR_W = 380;
const ROW_H = 28;

/** One horizontal bar per item, each filled to value/max. */
export function barChart(o: { id: string; title: string; description: string; bars: Bar[] }): string {
  const h = Math.max(1, o.bars.length) * ROW_H + 8;
  const rows = o.bars.map((b, i) => {
    const y = 4 + i * ROW_H;
    const share = b.max > 0 ? Math.max(0, Math.min(1, b.value / b.max)) : 0;
    const width = Math.round(share * BAR_W * 10) / 10;
    return `<text x="0" y="${y + 18}">${esc(b.label)}</text><rect class="bar" x="${LABEL_W}" y="${y + 4}" width="${width}" height="${ROW_H - 10}"${b.data !== undefined ? ` data-category="${esc(b.data)}"` : ''}><title>${esc(b.title)}</title></rect><text x="${LABEL_W + BAR_W + 10}" y="${y + 18}">${esc(b.text)}</text>`;
  });
  const axis = `<line class="axis" x1="${LABEL_W}" y1="2" x2="${LABEL_W}" y2="${h - 2}"/><line class="axis" x1="${LABEL_W + BAR_W}" y1="2" x2="${LABEL_W + BAR_W}" y2="${h - 2}"/>`;
  return `<svg class="chart" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title id="${o.id}-title">${esc(o.title)}</title><desc id="${o.id}-desc">${esc(o.description)}</desc>${axis}${rows.join('')}</svg>`;
}

/**
 * Vertical bars, one per bin, with the bin's label below and its count above. The chart is as wide as its
 * container: horizontal positions are percentages of its width (no viewBox), so the bars stretch while the text
 * keeps its size; the height is fixed.
 */
export function histogram(o: {
  id: string;
  title: string;
  description: string;
  bins: { label: string; count: number; title: string }[];
}): string {
  const H = 220;
  const top = 24;
  const bottom = 36;
  const slot = 100 / Math.max(1, o.bins.length);
  const gap = Math.min(1, slot / 8);
  const max = Math.max(1, ...o.bins.map((b) => b.count));
  const plot = H - top - bottom;
  const r = (n: number) => Math.round(n * 100) / 100;
  const bars = o.bins.map((b, i) => {
    const bh = Math.round((b.count / max) * plot * 10) / 10;
    const y = Math.round((top + plot - bh) * 10) / 10;
    const cx = `${r((i + 0.5) * slot)}%`;
    return `<rect class="bar" x="${r(i * slot + gap)}%" y="${y}" width="${r(slot - 2 * gap)}%" height="${bh}"><title>${esc(b.title)}</title></rect><text x="${cx}" y="${Math.round((y - 6) * 10) / 10}" text-anchor="middle">${b.count}</text><text x="${cx}" y="${H - bottom + 18}" text-anchor="middle">${esc(b.label)}</text>`;
  });
  const axis = `<line class="axis" x1="0" y1="${top + plot}" x2="100%" y2="${top + plot}"/>`;
  return `<svg class="chart hist" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" width="100%" height="${H}" xmlns="http://www.w3.org/2000/svg"><title id="${o.id}-title">${esc(o.title)}</title><desc id="${o.id}-desc">${esc(o.description)}</desc>${axis}${bars.join('')}</svg>`;
}

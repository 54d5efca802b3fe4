// License ids that a schema pattern cannot check: is each id in an SPDX expression on the SPDX license list?
// (SPDX ids match case-insensitively; `LicenseRef-…` and the exception after `WITH` are not looked up.)
import { referenceData } from '../facts/license/data.ts';
import type { ValidationError } from '../model.ts';
import type { Format } from './formats.ts';
import { describePath, didYouMean } from './messages.ts';
import type { Parsed } from './parse.ts';

function unknownIds(expression: string): string[] {
  const ids = referenceData().idsLower;
  const out: string[] = [];
  const tokens = expression.split(/[\s()]+/).filter((t) => t !== '');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'AND' || t === 'OR') continue;
    if (t === 'WITH') {
      i++; // the exception id
      continue;
    }
    if (/^(?:LicenseRef|DocumentRef)-/i.test(t)) continue;
    const id = t.endsWith('+') ? t.slice(0, -1) : t;
    if (!ids.has(id.toLowerCase())) out.push(t);
  }
  return out;
}

function suggestion(id: string): string | null {
  return didYouMean(id, [...referenceData().names.keys()]);
}

/** Unknown SPDX ids in the license fields of a manifest or CITATION.cff, as validation errors. */
export function spdxErrors(format: Format, value: unknown, parsed: Parsed, root: string): ValidationError[] {
  const fields: { pointer: string; value: unknown }[] = [];
  if (!value || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if (format === 'dataset-manifest' && Array.isArray(obj.datasets)) {
    obj.datasets.slice(0, 1000).forEach((d, i) => {
      if (d && typeof d === 'object')
        fields.push({ pointer: `/datasets/${i}/license`, value: (d as Record<string, unknown>).license });
    });
  } else if (format === 'citation-cff') {
    if (Array.isArray(obj.license))
      obj.license.forEach((l, i) => fields.push({ pointer: `/license/${i}`, value: l }));
    else fields.push({ pointer: '/license', value: obj.license });
  } else return [];
  const errors: ValidationError[] = [];
  for (const f of fields) {
    if (typeof f.value !== 'string' || f.value.length > 500) continue;
    for (const id of unknownIds(f.value)) {
      const guess = suggestion(id);
      const where = describePath(f.pointer, root);
      const p = parsed.locate(f.pointer);
      const tail =
        format === 'dataset-manifest'
          ? ' (use LicenseRef-<name> for terms without an SPDX id)'
          : ' (use license-url for a license without an SPDX id)';
      errors.push({
        pointer: f.pointer,
        line: p?.line ?? null,
        column: p?.column ?? null,
        message: `${where}: '${id}' is not an SPDX license id${guess ? ` — did you mean '${guess}'?` : tail}`,
      });
    }
  }
  return errors;
}

// Croissant checks a JSON Schema cannot express: `{"@id": ...}` references that point at no node of the file.
import type { ValidationError } from '../model.ts';
import type { Parsed } from './parse.ts';

const MAX_NODES = 200_000;

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** References (`{"@id": "x"}` objects with no other key) to ids no node in the file defines. */
export function danglingReferences(value: unknown, parsed: Parsed): ValidationError[] {
  const defined = new Set<string>();
  const refs: { id: string; pointer: string }[] = [];
  const stack: { node: unknown; pointer: string }[] = [{ node: value, pointer: '' }];
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const { node, pointer } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}` }));
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    const keys = Object.keys(obj);
    const id = obj['@id'];
    if (typeof id === 'string') {
      if (keys.length === 1) refs.push({ id, pointer });
      else defined.add(id);
    }
    for (const k of keys) {
      if (k === '@context') continue;
      stack.push({ node: obj[k], pointer: `${pointer}/${escapePointer(k)}` });
    }
  }
  const errors: ValidationError[] = [];
  // ids may be relative to their record set (`"key": {"@id": "name"}` for the field `split_enums/name`)
  const suffixes = new Set<string>();
  for (const id of defined) {
    for (let i = id.indexOf('/'); i >= 0; i = id.indexOf('/', i + 1)) suffixes.add(id.slice(i + 1));
  }
  for (const ref of refs) {
    if (defined.has(ref.id) || suffixes.has(ref.id)) continue;
    const p = parsed.locate(ref.pointer);
    errors.push({
      pointer: ref.pointer,
      line: p?.line ?? null,
      column: p?.column ?? null,
      message: `the reference to '${ref.id.length > 60 ? ref.id.slice(0, 59) + '…' : ref.id}' points at nothing: no FileObject, FileSet, RecordSet or field in this file has that @id`,
    });
  }
  return errors;
}

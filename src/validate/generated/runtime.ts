// The helpers the generated validators (first-error.js, see scripts/gen-validators.mjs) call: ajv's string length
// and deep equality, and the formats of ajv-formats. These packages are CommonJS; their functions are taken from
// whichever shape the module loader gives (Node's ESM wrapper or the bundler's).
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import * as formatsModule from 'ajv-formats/dist/formats.js';

type Loose = { default?: unknown; fullFormats?: unknown };

function fn(mod: unknown): (...args: never[]) => unknown {
  const m = mod as Loose;
  const d = m.default as Loose | ((...args: never[]) => unknown) | undefined;
  if (typeof d === 'function') return d;
  if (d && typeof d.default === 'function') return d.default as (...args: never[]) => unknown;
  throw new Error('validator runtime: a helper could not be loaded');
}

const formats =
  (formatsModule as Loose).fullFormats ?? ((formatsModule as Loose).default as Loose)?.fullFormats;
if (!formats) throw new Error('validator runtime: ajv-formats could not be loaded');

export const runtime = {
  equal: fn(equalModule),
  ucs2length: fn(ucs2lengthModule),
  formats,
};

// The notebook reader's strings: short ones are read a character at a time, long ones (outputs, base64 images)
// by jumping to the next quote or backslash. Code text, cell count and line map must not depend on where a
// string's escapes fall.
import { describe, expect, it } from 'vitest';
import { notebookCode } from '../../../src/facts/code/notebook.ts';

/** The 1-based line of the text on which `needle` (found after `from`) starts. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

describe('notebook strings', () => {
  it('reads code after long outputs with quotes and escapes in them', () => {
    const image = 'iVBORw0KGgo'.repeat(5000);
    const noisy = `say "hi" \\ back\tslash ${'x'.repeat(100)}\n`;
    const nb = {
      cells: [
        {
          cell_type: 'code',
          outputs: [{ data: { 'image/png': image, 'text/plain': [noisy, noisy] } }],
          source: ['import torch\n', 'x = "a \\"quoted\\" string"\n'],
        },
        { cell_type: 'markdown', source: ['# ', 'title'] },
        { cell_type: 'code', outputs: [{ text: noisy.repeat(50) }], source: 'print(x)' },
      ],
      metadata: {},
      nbformat: 4,
    };
    const text = JSON.stringify(nb, null, 1);
    const r = notebookCode(text)!;
    expect(r.broken).toBe(false);
    expect(r.cells).toBe(2);
    expect(r.python).toBe('import torch\nx = "a \\"quoted\\" string"\n\nprint(x)\n');
    const first = lineOf(text, '"import torch\\n"');
    const second = lineOf(text, '"x = \\"a');
    const third = lineOf(text, '"print(x)"');
    expect(r.lineMap).toEqual([first, second, second, third, third]);
  });

  it('decodes escapes wherever they fall in a string', () => {
    for (let pad = 0; pad < 70; pad++) {
      const code = `${'y'.repeat(pad)} = "\\u00e9\\t\\\\" # é\n`;
      const text = JSON.stringify({ cells: [{ cell_type: 'code', source: [code, 'z = 1'] }] });
      const r = notebookCode(text)!;
      expect(r.python).toBe(`${code}z = 1\n`);
      expect(r.broken).toBe(false);
    }
  });

  it('reads \\u escapes as four characters, even around the closing quote', () => {
    // JSON.parse rejects these; the forgiving reader takes what the four characters say
    const r = notebookCode(`{"cells": [{"cell_type": "code", "source": ["${'a'.repeat(40)}\\u41", "b"]}]}`)!;
    expect(r.python.startsWith('a'.repeat(40) + 'A')).toBe(true);
  });

  it('stops at a string that never ends, long or short', () => {
    for (const len of [5, 31, 32, 33, 5000]) {
      const r = notebookCode(
        `{"cells": [{"cell_type": "code", "source": ["ok = 1\\n"]}, {"cell_type": "code", "source": ["${'q'.repeat(len)}`,
      )!;
      expect(r.broken).toBe(true);
      expect(r.cells).toBe(1);
      expect(r.python).toBe('ok = 1\n');
    }
  });

  it('stops at an escape cut short at the end of the text', () => {
    for (const tail of ['\\', '\\u00', `${'w'.repeat(40)}\\`]) {
      const r = notebookCode(`{"cells": [{"cell_type": "code", "source": ["x = 1\\n", "${tail}`)!;
      expect(r.broken).toBe(true);
      expect(r.python).toBe('x = 1\n');
    }
  });
});

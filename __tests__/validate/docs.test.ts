import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { validateFile } from '../../src/validate/index.ts';

const docs = join(import.meta.dirname, '../../docs');

function yamlBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```yaml') continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    blocks.push(body.join('\n') + '\n');
  }
  return blocks;
}

it('the manifest example in docs/dataset-manifest.md is valid', () => {
  const blocks = yamlBlocks(readFileSync(join(docs, 'dataset-manifest.md'), 'utf8'));
  expect(blocks.length).toBeGreaterThan(0);
  const v = validateFile('datasets.yaml', blocks[0]!);
  expect(v.errors).toEqual([]);
});

it('the editor examples in docs/schemas.md are valid and recognised from their $schema', () => {
  const blocks = yamlBlocks(readFileSync(join(docs, 'schemas.md'), 'utf8')).filter((b) =>
    b.includes('schema'),
  );
  expect(blocks.length).toBeGreaterThanOrEqual(3);
  for (const block of blocks) {
    if (block.includes('pre-commit')) continue;
    const v = validateFile('example.yml', block);
    expect(v.schema, block).not.toBe('unknown');
    expect(v.errors, block).toEqual([]);
  }
});

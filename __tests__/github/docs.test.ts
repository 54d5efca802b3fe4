// The README's inputs and outputs are exactly those of action.yml, with the same defaults and descriptions;
// and the settings code knows the same names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS, OUTPUT_NAMES } from '../../src/github/settings.ts';

const ROOT = process.cwd();
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
};

/** Rows of the first table after `## heading` (any column padding): cells without surrounding backticks. */
function table(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const lines = markdown.slice(start).split('\n').slice(2);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim().replace(/^`(.*)`$/, '$1')),
    );
  }
  return rows;
}

const HEADER = /^\|\s*Input\s*\|\s*Default\s*\|\s*Description\s*\|\s*$/m;
const documents = [join(ROOT, 'README.md')].filter(
  (f) => existsSync(f) && HEADER.test(readFileSync(f, 'utf8')),
);

describe('action.yml', () => {
  it('runs the bundled action on Node 24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares the inputs the settings read, with the same defaults', () => {
    expect(
      Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')])),
    ).toEqual(INPUT_DEFAULTS);
    for (const input of Object.values(action.inputs)) expect(input.required).toBe(false);
  });

  it('declares the outputs the Action sets', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES]);
  });
});

describe.each(documents)('%s', (file) => {
  const markdown = readFileSync(file, 'utf8');

  it('documents every input with its default and description', () => {
    const rows = table(markdown, 'Inputs');
    expect(rows).toEqual(
      Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '', spec.description]),
    );
  });

  it('documents every output with its description', () => {
    expect(table(markdown, 'Outputs')).toEqual(
      Object.entries(action.outputs).map(([name, spec]) => [name, spec.description]),
    );
  });

  it('shows the permissions, the concurrency group, the fetch-depth and the fork-safe workflow_run job', () => {
    expect(markdown).toContain('pull-requests: write');
    expect(markdown).toContain('concurrency:');
    expect(markdown).toContain('fetch-depth: 2');
    expect(markdown).toMatch(/on:\n {2}workflow_run:/);
    expect(markdown).toContain('report: reproscore-artifact/report.json');
  });
});

it('the README documents the Action with its tables', () => {
  expect(documents.map((d) => d.slice(ROOT.length + 1))).toEqual(['README.md']);
});

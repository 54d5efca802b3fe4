import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/validate/command.ts';
import * as F from './fixtures.ts';

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      readFile: async (p: string) => {
        if (!(p in files)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
        return files[p]!;
      },
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
    },
  };
}

describe('reproscore validate', () => {
  it('exits 0 when every file is valid', async () => {
    const t = io({ 'CITATION.cff': F.CFF, 'dvc.yaml': F.DVC_YAML, 'README.md': F.MODEL_CARD });
    expect(await runValidate(['CITATION.cff', 'dvc.yaml', 'README.md'], t.io)).toBe(0);
    expect(t.out).toEqual([
      'CITATION.cff: valid CITATION.cff',
      'dvc.yaml: valid DVC pipeline (dvc.yaml)',
      'README.md: valid Hugging Face model card metadata',
    ]);
    expect(t.err).toEqual([]);
  });

  it('prints FILE:LINE:COLUMN message for each error and exits 1', async () => {
    const t = io({ 'CITATION.cff': F.CFF_INVALID, 'environment.yml': F.CONDA_ENV });
    expect(await runValidate(['CITATION.cff', 'environment.yml'], t.io)).toBe(1);
    expect(t.out).toContain(
      "CITATION.cff:8:5 authors[1] is missing 'family-names' (a person needs family-names, or use 'name' for an entity)",
    );
    for (const line of t.out.filter((l) => l.startsWith('CITATION.cff:')))
      expect(line).toMatch(/^CITATION\.cff:\d+:\d+ \S/);
    expect(t.out).toContain('environment.yml: valid conda environment file');
  });

  it('recognises the format from content when the name does not say', async () => {
    const t = io({ 'meta/cite.yaml': F.CFF_INVALID });
    expect(await runValidate(['meta/cite.yaml'], t.io)).toBe(1);
    expect(t.out[0]).toMatch(/^meta\/cite\.yaml:4:16 date-released/);
  });

  it('exits 2 when a file cannot be read or is not a declaration, and still checks the others', async () => {
    const t = io({ 'notes.txt': 'hello\n', 'dvc.yaml': F.DVC_YAML_INVALID });
    expect(await runValidate(['missing.cff', 'notes.txt', 'dvc.yaml'], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/^missing\.cff: cannot read: ENOENT/);
    expect(t.err[1]).toMatch(/^notes\.txt: format not recognised/);
    expect(t.out[0]).toBe(
      "dvc.yaml:2:3 stages.prepare is missing 'cmd' (every stage needs the command it runs)",
    );
  });

  it('exits 2 without files', async () => {
    const t = io({});
    expect(await runValidate([], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/^usage: reproscore validate FILE/);
  });

  it('prints JSON syntax errors with their position', async () => {
    const t = io({ 'croissant.json': '{\n  // comment\n  "name": "x"\n}\n' });
    expect(await runValidate(['croissant.json'], t.io)).toBe(1);
    expect(t.out).toEqual(['croissant.json:2:3 JSON does not allow comments']);
  });
});

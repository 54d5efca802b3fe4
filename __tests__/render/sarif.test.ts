import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks as catalog } from '../../src/checks/index.ts';
import { CHECKS_DOC_URL, renderSarif } from '../../src/render/sarif.ts';
import { check, sampleReport } from './sample.ts';

const MULTITOOL = join(process.cwd(), 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const hasMultitool = existsSync(MULTITOOL) && spawnSync(MULTITOOL, ['--version']).status === 0;

describe('renderSarif', () => {
  const report = sampleReport();
  const sarif = JSON.parse(renderSarif(report));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with one rule per check and stable ids', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('ReproScore');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(report.checks.map((c) => c.id));
    const rule = run.tool.driver.rules[0];
    expect(rule.shortDescription.text).toBe('A license.');
    expect(rule.fullDescription.text).toContain('legal');
    expect(rule.help.text).toContain('Add a LICENSE file.');
    expect(rule.helpUri).toBe(`${CHECKS_DOC_URL}#license`);
    expect(renderSarif(report)).toBe(renderSarif(structuredClone(report)));
  });

  it("points every rule's helpUri at a heading of docs/checks.md", () => {
    const doc = readFileSync(join(process.cwd(), 'docs/checks.md'), 'utf8');
    for (const { meta } of catalog) expect(doc, meta.id).toMatch(new RegExp(`^#{2,4} ${meta.id}$`, 'm'));
  });

  it('reports failing and partial checks only, each with a repo-relative location and a region', () => {
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['license', 'pinned-dependencies']);
    const [license, pinned] = run.results;
    expect(license.level).toBe('warning');
    expect(pinned.level).toBe('note');
    // evidence file and line
    expect(pinned.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3 },
    });
    // a repository-level check is anchored on the README
    expect(license.locations[0].physicalLocation.artifactLocation.uri).toBe('README.md');
    expect(license.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(license.message.text).toContain('Fix: Add a LICENSE file.');
    expect(license.ruleIndex).toBe(0);
    expect(Object.values(license.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('prefixes URIs with the scanned subdirectory and encodes odd file names', () => {
    const r = sampleReport({ checks: [check('odd', { evidence: [{ path: 'my dir/a#b.py', line: 0 }] })] });
    const loc = JSON.parse(renderSarif(r, { pathPrefix: './models/' })).runs[0].results[0].locations[0]
      .physicalLocation;
    expect(loc.artifactLocation.uri).toBe('models/my%20dir/a%23b.py');
    expect(loc.region.startLine).toBe(1);
  });

  it('never points outside the repository', () => {
    const r = sampleReport({
      checks: [check('odd', { evidence: [{ path: '../etc/passwd' }, { path: '/abs' }] })],
    });
    const uri = JSON.parse(renderSarif(r)).runs[0].results[0].locations[0].physicalLocation.artifactLocation
      .uri;
    expect(uri).toBe('README.md');
  });

  /** Problems Microsoft's validator finds (errors and warnings, GitHub's ingestion rules included). */
  function validate(text: string): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'sarif-'));
    try {
      const file = join(dir, 'report.sarif');
      writeFileSync(file, text);
      const out = join(dir, 'validation.sarif');
      spawnSync(
        MULTITOOL,
        [
          'validate',
          file,
          '--rule-kind',
          'Gh;Sarif',
          '--level',
          'Error;Warning',
          '--output',
          out,
          '--log',
          'ForceOverwrite',
        ],
        {
          encoding: 'utf8',
        },
      );
      const log = JSON.parse(readFileSync(out, 'utf8'));
      return (log.runs?.[0]?.results ?? []).map(
        (x: { ruleId: string; message: { text?: string; id?: string; arguments?: string[] } }) =>
          `${x.ruleId}: ${x.message.text ?? x.message.id} ${JSON.stringify(x.message.arguments ?? [])}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it.skipIf(!hasMultitool)("passes Microsoft's SARIF validator with GitHub's ingestion rules", () => {
    const withRelated = sampleReport({
      checks: [
        ...report.checks,
        check('many-places', {
          evidence: [
            { path: 'a.py', line: 2, note: 'one' },
            { path: 'b.py', line: 5 },
          ],
        }),
      ],
    });
    expect(validate(renderSarif(withRelated))).toEqual([]);
  });

  it.skipIf(!hasMultitool)(
    'the validator does catch what GitHub would reject (a result without a location)',
    () => {
      const broken = JSON.parse(renderSarif(report));
      delete broken.runs[0].results[0].locations;
      broken.runs[0].tool.driver.rules[0].name = broken.runs[0].tool.driver.rules[0].id;
      const problems = validate(JSON.stringify(broken));
      expect(problems.some((p) => /^GH\d+: Error_MissingLocationsArray/.test(p))).toBe(true);
      expect(problems.some((p) => p.startsWith('SARIF1001'))).toBe(true);
    },
  );
});

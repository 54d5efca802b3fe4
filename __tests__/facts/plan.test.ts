// The read plan's claims: the lists of paths the collectors take instead of walking the whole listing. Each list
// must hold exactly the paths its collector's own name test accepts, in listing order, including the files the
// plan rules out early by extension (data, media, Python, notebooks).
import { describe, expect, it } from 'vitest';
import { wantsCard } from '../../src/facts/cards.ts';
import { classifyEnvironmentPath } from '../../src/facts/environment.ts';
import { claimsOf, planScan, type Claims } from '../../src/facts/plan.ts';
import { wantsCompanionDoc, wantsReadme } from '../../src/facts/readme.ts';
import { DEFAULT_LIMITS } from '../../src/source/snapshot.ts';
import type { FileEntry } from '../../src/source/types.ts';
import { scanFormat } from '../../src/validate/formats.ts';
import { fixtures } from '../fixtures/repos.ts';

/** The claims by testing every path with every collector's own predicate (what the collectors did before). */
function byPredicates(files: FileEntry[]): Claims {
  const paths = files.map((f) => f.path);
  return {
    root: paths.filter((p) => !p.includes('/')),
    readme: paths.filter(wantsReadme),
    cards: paths.filter(wantsCard),
    environment: paths.flatMap((p) => {
      const kind = classifyEnvironmentPath(p);
      return kind ? [{ path: p, kind }] : [];
    }),
    declarations: paths.flatMap((p) => {
      const format = scanFormat(p);
      return format ? [{ path: p, format }] : [];
    }),
    docs: paths.filter((p) => !wantsReadme(p) && wantsCompanionDoc(p)),
  };
}

// names built to sit on the boundaries: collector names with data, code or media extensions, upper case, deep
// folders, dot-folders, backslashes
const EDGE_NAMES = [
  'FINETUNE.md',
  'GETTING_STARTED.md',
  'getting-started.MD',
  'docs/TRAINING.md',
  'docs/x/TRAINING.md',
  'a/GETTING_STARTED.md',
  'TRAINING.md.npy',
  'MODEL_ZOO.py',
  'README',
  'README.md',
  'README.npy',
  'readme.ipynb',
  'README.py',
  'docs/README.rst',
  '.github/README.md',
  'a/b/README.md',
  'MODEL_CARD.md',
  'models/x/MODEL_CARD.md',
  'model_card.pt',
  'DATASHEET.md',
  'datasheet.csv',
  'Dockerfile',
  'Dockerfile.gpu',
  'docker/Dockerfile.py',
  'dockerfile.zip',
  'setup.py',
  'pkg/setup.py',
  'environment.yml',
  'envs/gpu.yaml',
  'conda/env.pkl',
  'requirements.txt',
  'requirements/dev.txt',
  'requirements.lock',
  'poetry.lock',
  'env.conda-lock.yml',
  '.devcontainer/devcontainer.json',
  '.devcontainer/Dockerfile',
  '.devcontainer/setup.png',
  'CITATION.cff',
  'docs/CITATION.cff',
  'dvc.yaml',
  'data/raw.csv.dvc',
  'dvc.lock',
  'MLproject',
  'croissant.jsonld',
  'metadata.json',
  'data/datasets.yaml',
  'datasets.yaml',
  'a\\dvc.yaml',
  'x\\README.md',
  'LICENSE',
  'LICENSE.pdf',
  'licenses/MIT.txt',
  'Makefile',
  'sub/Makefile',
  'pyproject.toml',
  'Pipfile',
  'tox.ini',
  '.python-version',
  'runtime.txt',
  'cog.yaml',
  'Singularity.def',
];

describe('the read plan claims', () => {
  const listings: [string, FileEntry[]][] = [
    ...fixtures.map((fx): [string, FileEntry[]] => [
      fx.id,
      Object.keys(fx.files()).map((path) => ({ path, size: 100 })),
    ]),
    ['edge names', EDGE_NAMES.map((path) => ({ path, size: 100 }))],
  ];

  it.each(listings)(
    '%s: each list is exactly what its collector accepts, in listing order',
    (_name, files) => {
      const planned = planScan(files, DEFAULT_LIMITS);
      expect(planned.claims).toEqual(byPredicates(files));
      expect(claimsOf(files)).toEqual(planned.claims);
    },
  );

  it('are not fooled by the early extension test: data and code names that are collector files are claimed', () => {
    const { claims } = planScan(
      EDGE_NAMES.map((path) => ({ path, size: 100 })),
      DEFAULT_LIMITS,
    );
    expect(claims.environment.map((e) => e.path)).toEqual(
      expect.arrayContaining(['setup.py', 'pkg/setup.py', 'docker/Dockerfile.py', '.devcontainer/setup.png']),
    );
    expect(claims.root).toContain('LICENSE.pdf');
    expect(claims.readme).not.toContain('README.npy');
  });
});

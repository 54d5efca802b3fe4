// A small ML repository built in a temp dir with git: a base commit, and a head commit that adds a LICENSE.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const MIT = `MIT License

Copyright (c) 2026 Example Lab

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

export const BASE_FILES: Record<string, string> = {
  'README.md': `# Tiny classifier

A small image classifier.

## Installation

\`\`\`bash
pip install -r requirements.txt
\`\`\`

## Training

\`\`\`bash
python train.py --epochs 10
\`\`\`
`,
  'requirements.txt': 'torch==2.3.1\nnumpy==1.26.4\n',
  'train.py': `import torch
import torch.nn as nn


def main():
    torch.manual_seed(0)
    model = nn.Linear(10, 2)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(100):
        x = torch.randn(8, 10)
        loss = model(x).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    torch.save(model.state_dict(), "model.pt")


if __name__ == "__main__":
    main()
`,
};

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    },
  }).trim();
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface FixtureRepo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** base: README, requirements, train.py; head: + LICENSE (and anything in `headExtra`). */
export function createFixtureRepo(headExtra: Record<string, string> = {}): FixtureRepo {
  const dir = mkdtempSync(join(tmpdir(), 'reproscore-fixture-'));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, BASE_FILES);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(dir, { LICENSE: MIT, ...headExtra });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'add a license');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha, headSha };
}

/** A depth-1 clone of the fixture's head, as actions/checkout makes by default: the base commit is missing. */
export function shallowClone(repo: FixtureRepo): string {
  const dir = mkdtempSync(join(tmpdir(), 'reproscore-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, dir], { encoding: 'utf8' });
  return dir;
}

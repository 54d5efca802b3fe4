import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { octokitRepoApi } from '../../src/github/repo-api.ts';
import { MemorySource } from '../../src/source/memory.ts';
import { parseRemoteTarget, RemoteSource } from '../../src/source/remote.ts';
import { scan } from '../../src/pipeline.ts';
import { main } from '../../src/cli/main.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';

const FILES = {
  'README.md':
    '# Tiny model\n\n## Installation\n\n```bash\npip install -r requirements.txt\n```\n\n## Training\n\n```bash\npython train.py\n```\n',
  'requirements.txt': 'torch==2.3.1\nnumpy>=1.26\n',
  'train.py':
    'import torch\n\n\ndef main():\n    torch.manual_seed(0)\n    model = torch.nn.Linear(2, 1)\n    opt = torch.optim.SGD(model.parameters(), lr=0.1)\n    for _ in range(3):\n        loss = model(torch.randn(4, 2)).sum()\n        opt.zero_grad()\n        loss.backward()\n        opt.step()\n\n\nif __name__ == "__main__":\n    main()\n',
  'src/pkg/model.py': 'import torch.nn as nn\n\n\nclass Net(nn.Module):\n    pass\n',
  'data/big.bin': new Uint8Array(2048).fill(7),
  LICENSE:
    'MIT License\n\nCopyright (c) 2026 A\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n',
};

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub(
    {
      'acme/tiny': { files: FILES, refs: ['v1.0'] },
      'acme/huge': { files: FILES, truncate: true },
      'acme/secret': { files: FILES, private: true },
    },
    { token: 'sekret-token-123' },
  );
});
afterAll(() => gh.close());

const api = (owner: string, repo: string, token?: string) =>
  octokitRepoApi({ owner, repo, ref: null }, { baseUrl: gh.url, token, retries: 0 });

describe('parseRemoteTarget', () => {
  it('reads github:OWNER/REPO[@REF]', () => {
    expect(parseRemoteTarget('github:karpathy/nanoGPT')).toEqual({
      owner: 'karpathy',
      repo: 'nanoGPT',
      ref: null,
    });
    expect(parseRemoteTarget('github:org/repo.git@v1.2')).toEqual({
      owner: 'org',
      repo: 'repo',
      ref: 'v1.2',
    });
    expect(parseRemoteTarget('./local/path')).toBeNull();
    expect(() => parseRemoteTarget('github:only-owner')).toThrow(/expected github:OWNER\/REPO/);
    expect(() => parseRemoteTarget('github:a/b@bad..ref')).toThrow(/not a valid git ref/);
  });
});

describe('RemoteSource', () => {
  it('lists the tree with one recursive call and reads only the blobs asked for', async () => {
    const src = new RemoteSource({ owner: 'acme', repo: 'tiny', ref: null }, api('acme', 'tiny'));
    const listing = await src.list();
    expect(listing.kind).toBe('github-api');
    expect(listing.commit).toMatch(/^[0-9a-f]{40}$/);
    const local = await new MemorySource(FILES).list();
    expect(listing.files).toEqual(local.files);
    expect(src.apiCalls).toBe(3); // repo (default branch), commit, tree
    const { bytes, size } = await src.read('requirements.txt', 10);
    expect(new TextDecoder().decode(bytes)).toBe('torch==2.3');
    expect(size).toBe(FILES['requirements.txt'].length);
    expect(src.apiCalls).toBe(4);
  });

  it('walks a truncated tree folder by folder', async () => {
    const src = new RemoteSource({ owner: 'acme', repo: 'huge', ref: null }, api('acme', 'huge'));
    const listing = await src.list();
    expect(listing.files.map((f) => f.path)).toEqual(Object.keys(FILES).sort());
    expect(listing.findings[0]!.message).toMatch(/truncated/);
  });

  it('gives the same report as a local scan of the same files', async () => {
    const remote = await scan(
      new RemoteSource({ owner: 'acme', repo: 'tiny', ref: 'v1.0' }, api('acme', 'tiny')),
    );
    const local = await scan(new MemorySource(FILES, { commit: remote.target.commit }));
    const strip = (r: typeof remote) => ({
      ...r,
      target: { ...r.target, root: '', durationMs: 0, listing: undefined },
    });
    expect(strip(remote)).toEqual(strip(local));
    expect(remote.inventory.trainingScripts.map((s) => s.path)).toEqual(['train.py']);
  });
});

describe('remote scan errors (exit 2, one clear line)', () => {
  const run = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    let err = '';
    let out = '';
    const code = await main(argv, {
      out: (s) => (out += s),
      err: (s) => (err += s),
      isTTY: false,
      env: { GITHUB_API_URL: gh.url, ...env },
    });
    return { code, err, out };
  };

  it('repository not found', async () => {
    const r = await run(['github:acme/missing']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^reproscore: github:acme\/missing: repository or ref not found \(a private repository needs a token/,
    );
  });

  it('private without a token, then with one (never printing it)', async () => {
    expect((await run(['github:acme/secret'])).code).toBe(2);
    const ok = await run(['github:acme/secret', '--format', 'json'], { GITHUB_TOKEN: 'sekret-token-123' });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).target.apiCalls).toBeGreaterThan(3);
    expect(ok.out + ok.err).not.toContain('sekret-token-123');
  });

  it('rate limit exhausted, with the reset time', async () => {
    gh.rateLimited = true;
    try {
      const r = await run(['github:acme/tiny']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/rate limit exhausted until 2030-03-17T17:46:40\.000Z/);
    } finally {
      gh.rateLimited = false;
    }
  });

  it('network down', async () => {
    const r = await run(['github:acme/tiny'], { GITHUB_API_URL: 'http://127.0.0.1:1' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/could not reach the GitHub API/);
  });
});

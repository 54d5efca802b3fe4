// A repository written to attack whatever renders it: file names made of HTML, a heading with a script, a
// javascript: link, a model card, CITATION.cff and dataset manifest whose invalid values carry markup (so
// validation errors and their excerpts quote it). A page about it must show all of this as text.
export const IMG = '<img src=x onerror=alert(1)>';
export const SCRIPT = '"><script>alert(1)</script>';

/** the names the report lists as evidence, which the page must show exactly as they are */
export const TRAIN_FILE = `train_${IMG}.py`;
export const CONFIG_FILE = `configs/${SCRIPT}.yaml`;
export const HEADING = 'Installation <script>alert(3)</script> <img src=y onerror=alert(4)>';

const TRAIN = `import torch

model = torch.nn.Linear(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    loss = model(torch.randn(8, 4)).sum()
    loss.backward()
    optimizer.step()
`;

export function hostileRepo(): Record<string, string> {
  return {
    'README.md': [
      '---',
      `license: "${IMG}"`,
      'library_name: transformers',
      'pipeline_tag: text-generation',
      'datasets: 12',
      'tags: ["<script>alert(2)</script>"]',
      'base_model: "javascript:alert(1)"',
      '---',
      `# ${IMG} <script>alert(1)</script> model`,
      '',
      '[click me](javascript:alert(1)) and [this](<javascript:alert(5)>).',
      '',
      '## Installation \\<script>alert(3)\\</script> `<img src=y onerror=alert(4)>`',
      '',
      '```bash',
      'pip install -r requirements.txt',
      '```',
      '',
      '## Training',
      '',
      '```bash',
      `python "${TRAIN_FILE}" --config "${CONFIG_FILE}"`,
      '```',
      '',
    ].join('\n'),
    [TRAIN_FILE]: TRAIN,
    [CONFIG_FILE]: 'lr: 0.1\nbatch_size: 32\n',
    'requirements.txt': 'torch\n',
    'CITATION.cff': `cff-version: 1.2.0\ntitle: "${IMG}"\nauthors: "${IMG}"\n`,
    'data/datasets.yaml': `datasets:\n  - name: "${IMG}"\n    source: "javascript:alert(1)"\n`,
  };
}

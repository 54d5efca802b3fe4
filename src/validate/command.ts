// `reproscore validate FILE…`: one line per problem, `FILE:LINE:COLUMN message`, for editors and pre-commit.
// Exit code: 0 all valid, 1 some file has errors, 2 a file could not be read or its format is not recognised.
import { detectFormat, FORMAT_TITLES } from './formats.ts';
import { loadFirstErrorValidators } from './precompiled.ts';
import { checkFile, loadFullValidation } from './validate.ts';

export interface ValidateIo {
  readFile(p: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export async function runValidate(files: string[], io: ValidateIo): Promise<number> {
  if (files.length === 0) {
    io.err(
      'usage: reproscore validate FILE...  (model/dataset cards, CITATION.cff, Croissant, dvc.yaml, .dvc, dvc.lock, MLproject, environment.yml, datasets.yaml, .reproscore.yml)',
    );
    return 2;
  }
  let code = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (err) {
      io.err(`${file}: cannot read: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
      code = 2;
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const format = detectFormat(file, text);
    if (!format) {
      io.err(
        `${file}: format not recognised (name it CITATION.cff, dvc.yaml, environment.yml, datasets.yaml, …, or add a \`$schema\`)`,
      );
      code = 2;
      continue;
    }
    await loadFirstErrorValidators();
    let checked = checkFile(file, text, format);
    // ajv is loaded for the first file with errors, to list them all
    if (checked.provisional) checked = checkFile(file, text, format, await loadFullValidation());
    const v = checked.validation;
    if (v.valid) {
      io.out(`${file}: valid ${FORMAT_TITLES[format]}`);
      continue;
    }
    for (const e of v.errors) io.out(`${file}:${e.line ?? 1}:${e.column ?? 1} ${e.message}`);
    if (code === 0) code = 1;
  }
  return code;
}

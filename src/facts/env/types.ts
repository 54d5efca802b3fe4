// What each environment parser hands back to the environment collector (src/facts/environment.ts).
import type { Finding } from '../../model.ts';

/** One declared Python (or conda) dependency, before duplicates across files are merged. */
export interface Decl {
  /** normalised name (PEP 503: lower case, runs of `-_.` become `-`) */
  name: string;
  /** the requirement after the name, as written (spaces removed): "==2.1.0", ">=1.0", "@ git+…@main", "" */
  spec: string;
  pinned: boolean;
  path: string;
  line: number;
  /** a development/test/docs tool: listed, never counted for pinning */
  dev?: boolean;
  /** pinned only because a lock file covers the declaring file */
  locked?: boolean;
  /** a `-c` constraint: pins a package declared elsewhere, declares none itself */
  constraint?: boolean;
}

export interface PythonVersionDecl {
  /** "3.10" — the exact or lowest declared version, as written */
  version: string;
  /** the declaration as written: ">=3.9,<3.12", "python=3.10", "FROM python:3.10-slim" */
  raw: string;
  path: string;
  line: number;
  /** lower wins: 0 an interpreter pin (.python-version), 1 an environment/container, 2 a range, 3 classifiers/tox */
  rank: number;
}

export interface CudaDecl {
  version: string;
  path: string;
  line: number;
  note: string;
}

/** A reference from one spec to another file: `-r`, `-c`, cog `python_requirements`, conda `pip: [-r …]`. */
export interface Include {
  /** the path as written */
  target: string;
  line: number;
  kind: 'requirement' | 'constraint';
  /** named for development tooling (a `tests` extra): does not make the target counted */
  dev?: boolean;
}

export interface ParsedEnvFile {
  decls: Decl[];
  includes: Include[];
  python: PythonVersionDecl[];
  cuda: CudaDecl[];
  findings: Finding[];
}

export function emptyParsed(): ParsedEnvFile {
  return { decls: [], includes: [], python: [], cuda: [], findings: [] };
}

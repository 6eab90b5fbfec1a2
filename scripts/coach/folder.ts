// Whether the local store's folder can be written: created if missing, then a probe file written
// and removed. Shared by the coach (its own message, before the store starts) and
// scripts/localStore.mjs (run on its own, as tests do).
import fs from 'node:fs';
import path from 'node:path';

/** Undefined when `dir` is writable, else the reason (an errno code such as EACCES, or a message). */
export function writeProblem(dir: string): string | undefined {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

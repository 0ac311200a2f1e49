// Where the numbers came from (CPU, cores, OS, tool versions) and the
// docs/performance.md writer: only the text between the bench markers is
// ours; other sections of that file belong to other parts of the project.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { join } from 'node:path';

import { root } from './payload.mjs';

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';
export const performanceDoc = join(root, 'docs', 'performance.md');

function version(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
  } catch {
    return 'unknown';
  }
}

export function machine() {
  const cpu = cpus();
  const os = existsSync('/etc/os-release')
    ? (readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? 'Linux')
    : 'Linux';
  const chromium = version('/usr/bin/chromium', ['--version']);
  const emcc = version('emcc', ['--version']).match(/\d+\.\d+\.\d+/)?.[0] ?? 'unknown';
  const gxx = version('g++', ['-dumpfullversion']);
  return {
    summary: `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${os} (kernel ${release()}), ` +
      `node ${process.version}, ${chromium}, g++ ${gxx}, Emscripten ${emcc}`,
    load: loadavg().map((l) => l.toFixed(2)).join(' / '),
  };
}

/** Replaces (or adds) the bench section of docs/performance.md; returns the path. */
export function writeSection(markdown, file = performanceDoc) {
  const block = `${BEGIN}\n## Benchmarks (bench/)\n\n${markdown}\n${END}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n\n';
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin !== -1 && end > begin) {
    doc = doc.slice(0, begin) + block + doc.slice(end + END.length);
  } else {
    // After the title, before any other section.
    const title = doc.match(/^# .*\n+/);
    const at = title ? title[0].length : 0;
    doc = `${doc.slice(0, at)}${block}\n\n${doc.slice(at)}`;
  }
  writeFileSync(file, doc.endsWith('\n') ? doc : `${doc}\n`);
  return file;
}

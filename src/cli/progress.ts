// The progress bar of a run over many files: documents done, MB/s and time left, on
// stderr. Shown only once a run has lasted long enough to want one, and redrawn a few times
// a second at most.
import type { StatusLine } from './statusLine.js';

export interface Progress {
  /** One more document done, of this many bytes. */
  advance(bytes: number): void;
  /** Takes the bar away. */
  finish(): void;
}

export const NO_PROGRESS: Progress = { advance: () => undefined, finish: () => undefined };

const FIRST_DRAW_MS = 500;
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressState {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

/** "[██████░░░░] 312/1000 files  4.2 MB/s  0:37 left"; by files where sizes are unknown (stdin). */
export function describeProgress(p: ProgressState): string {
  const bySize = p.totalBytes > 0;
  const fraction = Math.min(1, bySize ? p.bytes / p.totalBytes : p.files / p.totalFiles);
  const filled = Math.round(fraction * BAR_WIDTH);
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.bytes / seconds / 1e6 : 0;
  const left = fraction > 0 ? (seconds * (1 - fraction)) / fraction : undefined;
  return [
    `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`,
    `${p.files}/${p.totalFiles} files`,
    `${rate.toFixed(rate < 1 ? 2 : rate < 10 ? 1 : 0)} MB/s`,
    left === undefined ? '' : `${clock(left)} left`,
  ]
    .filter(Boolean)
    .join('  ');
}

export function progressBar(status: StatusLine, totalFiles: number, totalBytes: number, now: () => number = Date.now): Progress {
  const started = now();
  let files = 0;
  let bytes = 0;
  let drawn = 0;
  return {
    advance(size) {
      files++;
      bytes += size;
      const t = now();
      if (t - started < FIRST_DRAW_MS || t - drawn < REDRAW_MS) return;
      drawn = t;
      status.show(describeProgress({ files, totalFiles, bytes, totalBytes, elapsedMs: t - started }));
    },
    finish: () => status.clear(),
  };
}

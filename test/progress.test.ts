// The progress bar: what it says, when it is drawn, and that lines written meanwhile go above it.
import { describe, expect, it } from 'vitest';
import { inCi, showsProgress } from '../src/cli/io.js';
import { describeProgress, progressBar } from '../src/cli/progress.js';
import { StatusLine } from '../src/cli/statusLine.js';

/** A terminal that records what is written to it. */
function terminal(columns = 100) {
  const written: string[] = [];
  const stream = { columns, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('describeProgress', () => {
  it('gives files done, the rate and the time left from the bytes read', () => {
    const line = describeProgress({ files: 250, totalFiles: 1000, bytes: 50e6, totalBytes: 200e6, elapsedMs: 10_000 });
    expect(line).toBe(`[${'█'.repeat(6)}${'░'.repeat(18)}]  250/1000 files  5.0 MB/s  0:30 left`);
  });

  it('counts files when sizes are unknown (standard input), and hours when it must', () => {
    expect(describeProgress({ files: 1, totalFiles: 4, bytes: 0, totalBytes: 0, elapsedMs: 1_200_000 })).toMatch(/1\/4 files {2}0\.00 MB\/s {2}1:00:00 left$/);
  });

  it('has no time left before anything is done', () => {
    expect(describeProgress({ files: 0, totalFiles: 9, bytes: 0, totalBytes: 900, elapsedMs: 0 })).not.toMatch(/left/);
  });
});

describe('progressBar', () => {
  it('draws nothing in the first half second, then at most ten times a second, and clears itself', () => {
    const { stream, written } = terminal();
    let now = 0;
    const bar = progressBar(new StatusLine(stream), 10, 1000, () => now);
    bar.advance(100);
    expect(written).toEqual([]);
    now = 600;
    bar.advance(100);
    now = 650;
    bar.advance(100);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\r\[.*\] {2}2\/10 files/);
    bar.finish();
    expect(written.at(-1)).toBe('\r\u001b[K');
  });
});

describe('StatusLine', () => {
  it('writes other lines above the status line and draws it again', () => {
    const { stream, written } = terminal(20);
    const status = new StatusLine(stream);
    status.show('a status line longer than the terminal');
    status.line('factdiff: x: bad');
    expect(written).toEqual(['\ra status line longe\u001b[K', '\r\u001b[K', 'factdiff: x: bad\n', '\ra status line longe\u001b[K']);
  });
});

describe('where progress is shown', () => {
  it('only on a terminal, never in CI, never with --quiet or a dumb terminal', () => {
    expect(showsProgress({}, true, false)).toBe(true);
    expect(showsProgress({}, false, false)).toBe(false);
    expect(showsProgress({}, true, true)).toBe(false);
    expect(showsProgress({ CI: 'true' }, true, false)).toBe(false);
    expect(showsProgress({ TERM: 'dumb' }, true, false)).toBe(false);
  });

  it('takes CI=false and CI=0 as no CI', () => {
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({ CI: '0' })).toBe(false);
    expect(inCi({ CI: '1' })).toBe(true);
  });
});

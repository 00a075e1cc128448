// Runs the built CLI on a real terminal: a tmux pane of a given size, whose screen is read
// back once the command ends, and the bytes written to it (tmux pipe-pane) with colours and
// progress redraws. Each run has its own tmux server, ended afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './runCli.js';
import { tempDir } from './stories.js';

export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

export interface TerminalRun {
  /** The screen and its scrollback, wrapped lines joined, trailing blanks cut. */
  screen: string[];
  /** Every byte the program and the shell wrote to the terminal. */
  raw: string;
  status: number;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
let runs = 0;

export async function runInTerminal(args: string[], options: { columns?: number; rows?: number; env?: Record<string, string>; cwd?: string } = {}): Promise<TerminalRun> {
  const socket = `factdiff-test-${process.pid}-${runs++}`;
  const dir = tempDir('tty');
  const rawFile = join(dir, 'raw');
  const env = Object.entries({ TERM: 'xterm-256color', ...options.env }).map(([k, v]) => `${k}=${quote(v)}`);
  // CI, NO_COLOR and FORCE_COLOR of the test run would change what the terminal shows.
  const program = ['env', '-u', 'CI', '-u', 'NO_COLOR', '-u', 'FORCE_COLOR', ...env, quote(process.execPath), quote(join(ROOT, 'bin', 'factdiff.js')), ...args.map(quote)].join(' ');
  const script = `cd ${quote(options.cwd ?? ROOT)} && read -rs _ && ${program}; echo "[exit $?]"; sleep 600`;
  const tmux = (...a: string[]) => execFileSync('tmux', ['-L', socket, ...a], { encoding: 'utf8' });
  tmux('-f', '/dev/null', 'new-session', '-d', '-s', 't', '-x', String(options.columns ?? 80), '-y', String(options.rows ?? 40), 'bash', '-c', script);
  try {
    tmux('set-option', '-t', 't', 'history-limit', '10000');
    tmux('pipe-pane', '-t', 't', `cat > ${quote(rawFile)}`);
    tmux('send-keys', '-t', 't', 'Enter');
    for (let waited = 0; waited < 60_000; waited += 100) {
      const screen = tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 't');
      const exit = /\[exit (\d+)\]/.exec(screen);
      if (exit) {
        const lines = screen.split('\n').map((l) => l.trimEnd());
        while (lines.length && lines.at(-1) === '') lines.pop();
        return { screen: lines.slice(0, -1), raw: readFileSync(rawFile, 'utf8'), status: Number(exit[1]) };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no end of: factdiff ${args.join(' ')}`);
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  }
}

// The configuration file's options laid under the command line's: each option the command
// has and the command line does not give takes the file's value (a command's section over
// the top level). --config FILE names the file; --no-config reads none.
import type { Command } from 'commander';
import { ConfigError } from '../config/ConfigError.js';
import { findConfig } from '../config/findConfig.js';
import { readConfig, type ConfigSection, type ConfigValue } from '../config/readConfig.js';

/** Commander keeps option values as the command line gives them: text, except the repeatable and the on/off ones. */
function asOptionValue(key: string, value: ConfigValue): string | boolean | string[] {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return key === 'exclude' ? value : value.join(',');
  return String(value);
}

export function applyConfig(cmd: Command, section: ConfigSection | undefined, cwd: string): void {
  const choice = cmd.getOptionValue('config') as string | boolean | undefined;
  if (choice === false) return;
  const file = typeof choice === 'string' ? choice : findConfig(cwd);
  if (file === undefined) return;
  const config = readConfig(file, cwd);
  const own = (section && config.sections[section]) || {};
  for (const [key, value] of Object.entries({ ...config.options, ...own })) {
    const option = cmd.options.find((o) => o.attributeName() === key);
    if (!option || key === 'config' || cmd.getOptionValueSource(key) === 'cli') continue;
    const text = asOptionValue(key, value);
    if (option.argChoices && !option.argChoices.includes(String(text))) {
      // A top-level format the command lacks (sarif for extract) is for the other commands.
      if (!(key in own)) continue;
      const path = [section!, key];
      throw new ConfigError([{ file, ...config.locate(path), path: path.join('.'), message: `'${String(text)}' is not one of ${option.argChoices.join(', ')} (the choices of ${cmd.name()})` }]);
    }
    cmd.setOptionValueWithSource(key, text, 'config');
  }
}

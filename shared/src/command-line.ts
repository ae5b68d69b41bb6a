// Every command of the project reads its arguments the same way: `--help` prints its use in
// Vietnamese, and a bad argument prints what is wrong and the usage line, never a stack trace.
import { parseArgs } from 'node:util';

/** An option: parseArgs's own fields, plus the Vietnamese line `--help` shows for it. */
export interface CommandOption {
  type: 'string' | 'boolean';
  default?: string | boolean;
  help: string;
}

/** What a command was given. */
export interface ParsedCommand<O extends Record<string, CommandOption>> {
  values: { [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean : string | undefined };
  positionals: string[];
}

/**
 * Parses `argv` for a command: on `--help` prints the usage and the options and exits 0; on
 * an unknown or malformed option prints a Vietnamese message and the usage and exits 2.
 */
export function parseCommand<O extends Record<string, CommandOption>>(
  usage: string,
  options: O,
  { argv = process.argv.slice(2), allowPositionals = false, description = '' } = {},
): ParsedCommand<O> {
  const help = () => {
    const lines = Object.entries(options).map(([name, option]) => {
      const flag = option.type === 'string' ? `--${name} <giá trị>` : `--${name}`;
      const fallback = option.default !== undefined && option.type === 'string' ? ` (mặc định: ${option.default})` : '';
      return `  ${flag.padEnd(24)} ${option.help}${fallback}`;
    });
    return [usage, ...(description ? ['', description] : []), '', 'Tùy chọn:', ...lines, `  ${'--help'.padEnd(24)} in hướng dẫn này`].join('\n');
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(help());
    process.exit(0);
  }
  const config = Object.fromEntries(
    Object.entries(options).map(([name, { type, default: fallback }]) => [name, { type, ...(fallback !== undefined ? { default: fallback } : {}) }]),
  );
  try {
    return parseArgs({ args: argv, options: config as never, allowPositionals, strict: true }) as unknown as ParsedCommand<O>;
  } catch (error) {
    console.error(`${commandLineError(error as Error & { code?: string })}\n${usage}\n(--help để xem các tùy chọn)`);
    process.exit(2);
  }
}

// parseArgs says what is wrong in English, with the option in quotes: the same in Vietnamese.
function commandLineError(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Tùy chọn không có: ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Tùy chọn ${option} cần một giá trị.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Không nhận đối số "${option}".`;
    default:
      return `Đối số không hợp lệ: ${error.message}`;
  }
}

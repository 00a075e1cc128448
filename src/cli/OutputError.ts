/** Writing a result failed (stdout on a full disk, an --output or --write-baseline file that cannot be written): one line, exit 2. */
export class OutputError extends Error {}

// A problem with how factdiff was called: one line on stderr, exit 2.
export class UsageError extends Error {}

/** Resolves once everything written so far to the stream has been handed to the operating system. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    // Write callbacks run in order, so this one runs after every earlier write has been flushed.
    stream.write('', () => resolve());
  });
}

/**
 * Exits with the code once stdout and stderr have flushed. `process.exit()` alone drops what a
 * pipe has not yet taken (`passerelle candidates export | gzip` stopped at 128 KiB).
 */
export async function exitAfterFlush(code: number): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

/** Progress on stderr for long runs (never on stdout, which may hold a JSON document). */

/** A progress bar on stderr: redrawn in place on a terminal, a line per 10% otherwise. */
export function progressBar(label: string, enabled: boolean): ((done: number, total: number) => void) | undefined {
  if (!enabled) return undefined;
  const tty = Boolean(process.stderr.isTTY);
  let lastTenth = -1;
  const start = Date.now();
  return (done, total) => {
    const frac = total ? done / total : 1;
    if (tty) {
      const width = 30;
      const filled = Math.round(frac * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0)}% ${((Date.now() - start) / 1000).toFixed(1)}s`,
      );
      if (done === total) process.stderr.write('\n');
    } else {
      const tenth = Math.floor(frac * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${label}: ${tenth * 10}%\n`);
      }
    }
  };
}

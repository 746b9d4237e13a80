/** A one-line progress display on a terminal; on a pipe it stays silent (the summary says it all). */
export function progressLine(stream: NodeJS.WriteStream) {
  const tty = stream.isTTY === true;
  let shown = false;
  const update = (text: string) => {
    if (!tty) return;
    stream.write(`\r\x1b[2K${text}`);
    shown = true;
  };
  update.done = () => {
    if (shown) stream.write('\n');
  };
  return update;
}

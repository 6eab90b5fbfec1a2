// A small terminal for the coach's tests: the screen a run's raw output leaves, row by row, with
// the control sequences readline and the coach write (carriage return, clear line, clear down,
// cursor moves). Enough to see whether typing and Alexa's lines share a row.
// Built from a string: eslint's no-control-regex rightly flags ESC in a regex literal.
const ESC = '\u001b';
const TOKEN = new RegExp(`${ESC}\\[\\??([\\d;]*)([A-Za-z])|\\r|\\n|[^${ESC}\\r\\n]`, 'gu');

export function screenOf(raw: string): string[] {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  const line = (): string[] => (rows[row] ??= []);
  for (const match of raw.matchAll(TOKEN)) {
    const [token, arg = '', command] = match;
    const n = arg === '' ? 1 : Number(arg.split(';')[0]);
    if (token === '\r') col = 0;
    else if (token === '\n') {
      row += 1;
      col = 0;
      line();
    } else if (command === 'K') line().length = Math.min(line().length, col);
    else if (command === 'J') {
      line().length = Math.min(line().length, col);
      rows.length = row + 1;
    } else if (command === 'G') col = Math.max(0, n - 1);
    else if (command === 'A') row = Math.max(0, row - n);
    else if (command === 'B') row += n;
    else if (command === 'C') col += n;
    else if (command === 'D') col = Math.max(0, col - n);
    else if (command === undefined) {
      const cells = line();
      while (cells.length < col) cells.push(' ');
      cells[col] = token;
      col += 1;
    }
  }
  return rows.map((cells) => (cells ?? []).join(''));
}

import { describe, expect, it } from 'vitest';
import { shortenAtWord } from './tornado-plot.ts';

describe('shortenAtWord', () => {
  const label = 'Incentivos comerciales vinculados a la seguridad · sin incentivos comerciales';

  it('keeps a label that fits', () => {
    expect(shortenAtWord('Narcotráfico · baja prioridad', 58)).toBe('Narcotráfico · baja prioridad');
  });

  it('cuts a long label after a whole word, within the limit, with an ellipsis', () => {
    const short = shortenAtWord(label, 58);
    expect(short).toBe('Incentivos comerciales vinculados a la seguridad · sin…');
    expect(short.length).toBeLessThanOrEqual(58);
    // never a fragment of a word before the ellipsis
    const words = label.split(/\s+/);
    expect(words).toContain(short.slice(0, -1).split(/\s+/).at(-1));
  });

  it('cuts inside a word only when there is no space in the first half', () => {
    const long = 'x'.repeat(70);
    expect(shortenAtWord(long, 58)).toBe(`${'x'.repeat(57)}…`);
  });
});

/** Problems of reports to share (src/report): the PDF printer, report options and what a report is of. */
import { define, plainList, q } from './define.ts';

export const report = {
  /** The PDF is printed by Debian's Chromium; without it only the HTML report can be made. */
  pdf_browser_missing: define<{ path: string }>({
    status: 503,
    example: { path: '/usr/bin/chromium' },
    message: {
      en: (p) =>
        `cannot print the PDF: no Chromium at ${p.path} (install Debian's chromium package, or set CG_CHROMIUM to its path); the HTML report works without it (--format html)`,
      es: (p) =>
        `no se puede imprimir el PDF: no hay Chromium en ${p.path} (instale el paquete chromium de Debian o indique su ruta en CG_CHROMIUM); el informe HTML funciona sin él (--format html)`,
    },
  }),
  /** Chromium started but printing failed. */
  pdf_failed: define<{ reason: string }>({
    status: 500,
    example: { reason: 'browser closed' },
    message: {
      en: (p) => `Chromium could not print the PDF: ${p.reason}`,
      es: (p) => `Chromium no pudo imprimir el PDF: ${p.reason}`,
    },
  }),
  /** A report date that is no calendar date (reports carry the date they are given, never the clock's). */
  invalid_report_date: define<{ date: string }>({
    status: 400,
    example: { date: '2026-13-01' },
    message: {
      en: (p) => `the report date ${q(p.date)} is not a date of the form YYYY-MM-DD`,
      es: (p) => `la fecha del informe ${q(p.date)} no es una fecha de la forma AAAA-MM-DD`,
    },
  }),
  /** A stored run whose kind has no report (or that has not finished). */
  no_report_for_run: define<{ id: string; kind: string; status: string; kinds: string[] }>({
    status: 409,
    example: { id: 'j-42', kind: 'negotiation', status: 'running', kinds: ['negotiation', 'cooperation'] },
    message: {
      en: (p) =>
        p.status !== 'succeeded'
          ? `run ${q(p.id)} is ${p.status}: a report needs a run that has finished`
          : `run ${q(p.id)} is a ${p.kind} run; reports exist for ${plainList(p.kinds, 10)} runs`,
      es: (p) =>
        p.status !== 'succeeded'
          ? `la ejecución ${q(p.id)} está en estado ${p.status}: un informe necesita una ejecución terminada`
          : `la ejecución ${q(p.id)} es de tipo ${p.kind}; hay informes de ejecuciones ${plainList(p.kinds, 10)}`,
    },
  }),
};

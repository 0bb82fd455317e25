/** Problems reading and writing IATI XML and indicator CSV files. */
import { define, q, type Locale } from './define.ts';

/** The period forms a framework accepts, in each language (the English one is `PERIOD_FORMS`). */
export const PERIOD_FORMS_TEXT: Record<Locale, string> = {
  en: 'a year (2022), fiscal year (FY2022), month (2024-03), day (2024-03-15), range (2014-2018, FY2008-FY2021), interval (2020-06-01/2020-12-31) or "unspecified"',
  es: 'un año (2022), año fiscal (FY2022), mes (2024-03), día (2024-03-15), rango (2014-2018, FY2008-FY2021), intervalo (2020-06-01/2020-12-31) o "unspecified"',
};

/** What an indicator CSV cell must be. */
const CELL = {
  id: {
    en: 'must be an id of letters, digits, "_", "." or "-"',
    es: 'debe ser un identificador de letras, dígitos, "_", "." o "-"',
  },
  not_empty: { en: 'must not be empty', es: 'no debe estar vacía' },
  country: {
    en: 'must be a country code (US, MX, CA) or a pair (US-MX)',
    es: 'debe ser un código de país (US, MX, CA) o un par (US-MX)',
  },
  period: { en: `must be ${PERIOD_FORMS_TEXT.en}`, es: `debe ser ${PERIOD_FORMS_TEXT.es}` },
  number: {
    en: 'must be a plain number (no thousands separators, no units)',
    es: 'debe ser un número simple (sin separadores de miles ni unidades)',
  },
  source: { en: 'must name the source', es: 'debe nombrar la fuente' },
  url: { en: 'must be an http(s) URL or empty', es: 'debe ser una URL http(s) o estar vacía' },
} as const;

export const interop = {
  not_iati: define<{ problem: 'root' | 'no_activity' }>({
    status: 400,
    example: { problem: 'root' },
    message: {
      en: (p) =>
        p.problem === 'root' ? 'the root element is not <iati-activities>' : 'no <iati-activity> in the file',
      es: (p) =>
        p.problem === 'root'
          ? 'el elemento raíz no es <iati-activities>'
          : 'el archivo no tiene ningún <iati-activity>',
    },
  }),
  iati_extension_broken: define<
    | { case: 'unknown_area'; activity: string; area: string }
    | { case: 'unknown_objective'; activity: string; ref: string }
    | { case: 'unreadable'; activity: string }
  >({
    status: 422,
    example: { case: 'unknown_area', activity: 'cg-north-american-obj-fentanyl', area: 'security' },
    message: {
      en: (p) =>
        p.case === 'unknown_area'
          ? `activity ${q(p.activity)} belongs to area ${q(p.area)}, which the framework activity does not declare (a <tag> with cg:kind="area" and code ${q(p.area)}); the Common Ground extension of this export was edited or is incomplete`
          : p.case === 'unknown_objective'
            ? `action activity ${q(p.activity)} names its objective ${q(p.ref)} (related-activity type 1), which is not an objective activity of this file`
            : `activity ${q(p.activity)} carries Common Ground extension data (cg:...) that is incomplete or inconsistent, so the export cannot be read back; remove the cg: attributes to import it as a plain IATI file, or export again`,
      es: (p) =>
        p.case === 'unknown_area'
          ? `la actividad ${q(p.activity)} pertenece al área ${q(p.area)}, que la actividad del marco no declara (una <tag> con cg:kind="area" y código ${q(p.area)}); la extensión de Common Ground de esta exportación fue editada o está incompleta`
          : p.case === 'unknown_objective'
            ? `la actividad de acción ${q(p.activity)} nombra como objetivo ${q(p.ref)} (related-activity de tipo 1), que no es una actividad de objetivo de este archivo`
            : `la actividad ${q(p.activity)} lleva datos de la extensión de Common Ground (cg:...) incompletos o incoherentes, así que la exportación no se puede releer; quite los atributos cg: para importarla como un archivo IATI simple, o exporte de nuevo`,
    },
  }),
  missing_identifier: define<{ activity: number }>({
    status: 400,
    example: { activity: 2 },
    message: {
      en: (p) => `activity ${p.activity} has no <iati-identifier> (required by IATI 2.03)`,
      es: (p) => `la actividad ${p.activity} no tiene <iati-identifier> (obligatorio en IATI 2.03)`,
    },
  }),
  missing_start_date: define<{ framework: string }>({
    status: 400,
    example: { framework: 'north-american' },
    message: {
      en: (p) => `framework ${q(p.framework)} needs a startDate (IATI activities need a date)`,
      es: (p) => `el marco ${q(p.framework)} necesita una startDate (las actividades IATI necesitan una fecha)`,
    },
  }),
  iati_schema: define<{ detail: string }>({
    status: 400,
    example: {
      detail:
        "<xml>:12: element iati-activity: Schemas validity error : Element 'iati-activity': Missing child element(s).",
    },
    message: {
      en: (p) => `IATI schema: ${p.detail}`,
      es: (p) => `esquema IATI: ${p.detail}`,
    },
  }),
  xmllint_missing: define<{ errno?: string }>({
    status: 503,
    example: {},
    message: {
      en: (p) =>
        p.errno === undefined
          ? 'IATI validation needs xmllint, which is not installed on this machine: install it (Debian/Ubuntu: apt-get install libxml2-utils), or export without validation'
          : `IATI validation could not run xmllint (${p.errno}); check that xmllint (Debian/Ubuntu package libxml2-utils) is installed and runnable`,
      es: (p) =>
        p.errno === undefined
          ? 'la validación IATI necesita xmllint, que no está instalado en esta máquina: instálelo (Debian/Ubuntu: apt-get install libxml2-utils) o exporte sin validar'
          : `la validación IATI no pudo ejecutar xmllint (${p.errno}); revise que xmllint (paquete libxml2-utils de Debian/Ubuntu) esté instalado y se pueda ejecutar`,
    },
  }),
  iati_schema_missing: define<{ files: string[] }>({
    status: 503,
    example: { files: ['schemas/iati/iati-activities-schema.xsd'] },
    message: {
      en: (p) =>
        `IATI validation is unavailable: the IATI 2.03 schema files that ship with Common Ground are missing from this installation (${p.files.join(', ')}); reinstall the package, or export without validation`,
      es: (p) =>
        `la validación IATI no está disponible: faltan en esta instalación los archivos del esquema IATI 2.03 que trae Common Ground (${p.files.join(', ')}); reinstale el paquete o exporte sin validar`,
    },
  }),
  iati_schema_unusable: define<{ dir: string; errors: string[] }>({
    status: 503,
    example: { dir: 'schemas/iati', errors: ['failed to compile'] },
    message: {
      en: (p) =>
        `IATI validation is unavailable: xmllint could not compile the IATI 2.03 schema shipped in ${p.dir} (${p.errors.join('; ')}); reinstall the package`,
      es: (p) =>
        `la validación IATI no está disponible: xmllint no pudo compilar el esquema IATI 2.03 incluido en ${p.dir} (${p.errors.join('; ')}); reinstale el paquete`,
    },
  }),
  csv_syntax: define<{ problem: 'unclosed_quote' | 'after_quote' | 'stray_quote' }>({
    status: 400,
    example: { problem: 'stray_quote' },
    message: {
      en: (p) =>
        ({
          unclosed_quote: 'quoted field is not closed before the end of the file',
          after_quote: 'unexpected text after a closing quote (a quote inside a quoted field must be doubled)',
          stray_quote: 'a quote inside an unquoted field (quote the whole field and double the quote)',
        })[p.problem],
      es: (p) =>
        ({
          unclosed_quote: 'un campo entre comillas no se cierra antes del final del archivo',
          after_quote:
            'texto inesperado después de cerrar comillas (una comilla dentro de un campo entre comillas debe duplicarse)',
          stray_quote:
            'una comilla dentro de un campo sin comillas (ponga todo el campo entre comillas y duplique la comilla)',
        })[p.problem],
    },
  }),
  empty_csv: define({
    status: 400,
    example: {},
    message: { en: () => 'the file has no header row', es: () => 'el archivo no tiene fila de encabezado' },
  }),
  missing_columns: define<{ missing: string[]; columns: string[] }>({
    status: 400,
    example: { missing: ['year'], columns: ['indicator_id', 'year', 'value'] },
    message: {
      en: (p) => `header lacks column(s) ${p.missing.join(', ')} (expected ${p.columns.join(', ')})`,
      es: (p) =>
        `al encabezado le falta(n) la(s) columna(s) ${p.missing.join(', ')} (se esperaba ${p.columns.join(', ')})`,
    },
  }),
  duplicate_column: define<{ column: string }>({
    status: 400,
    example: { column: 'year' },
    message: {
      en: (p) => `column ${p.column} appears twice in the header`,
      es: (p) => `la columna ${p.column} aparece dos veces en el encabezado`,
    },
  }),
  invalid_csv_row: define<
    | { problem: 'fields'; expected: number; found: number }
    | { problem: 'cell'; column: string; rule: keyof typeof CELL }
    | { problem: 'repeat'; column: string; indicator: string; country: string; year: string; firstLine: number }
  >({
    status: 400,
    example: { problem: 'cell', column: 'value', rule: 'number' },
    message: {
      en: (p) =>
        p.problem === 'fields'
          ? `expected ${p.expected} fields, found ${p.found} (a field with a comma must be quoted)`
          : p.problem === 'cell'
            ? `column ${p.column}: ${CELL[p.rule].en}`
            : `column ${p.column}: a second value for ${p.indicator} (${p.country}) ${p.year}; the first is on line ${p.firstLine}`,
      es: (p) =>
        p.problem === 'fields'
          ? `se esperaban ${p.expected} campos; hay ${p.found} (un campo con una coma debe ir entre comillas)`
          : p.problem === 'cell'
            ? `columna ${p.column}: ${CELL[p.rule].es}`
            : `columna ${p.column}: un segundo valor para ${p.indicator} (${p.country}) ${p.year}; el primero está en la línea ${p.firstLine}`,
    },
  }),
  unmapped_row: define<{ indicator: string; country: string }>({
    status: 400,
    example: { indicator: 'us_od_deaths', country: 'US' },
    message: {
      en: (p) => `column indicator_id: no framework indicator maps ${p.indicator} (${p.country})`,
      es: (p) => `columna indicator_id: ningún indicador del marco corresponde a ${p.indicator} (${p.country})`,
    },
  }),
  unit_mismatch: define<{ unit: string; indicator: string; framework: string; expectedUnit: string }>({
    status: 400,
    example: { unit: 'kg', indicator: 'fentanyl_seizures', framework: 'north-american', expectedUnit: 'lbs' },
    message: {
      en: (p) =>
        `column unit: ${q(p.unit)} differs from the unit of indicator ${p.indicator} in framework ${p.framework} (${q(p.expectedUnit)})`,
      es: (p) =>
        `columna unit: ${q(p.unit)} difiere de la unidad del indicador ${p.indicator} en el marco ${p.framework} (${q(p.expectedUnit)})`,
    },
  }),
};

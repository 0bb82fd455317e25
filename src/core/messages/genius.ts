/**
 * Problems of the Genius and GeniusWeb readers and of the export to those formats. Each Genius
 * refusal says what Genius 10.4 itself does with the construct (loads it differently, fails on
 * it, ignores it), read from its source (genius.core.utility, genius.core.DomainImpl).
 */
import { define, q, quotedList, type Locale } from './define.ts';

/** What is wrong in a Genius file (the element is named by the problem). */
export type GeniusFault =
  | { kind: 'attribute_missing'; attribute: string; type: 'integer' | 'number' | 'text' }
  | { kind: 'attribute_not_number'; attribute: string; value: string; type: 'integer' | 'number' }
  | { kind: 'not_domain_file' }
  | { kind: 'not_profile' }
  | { kind: 'no_utility_space' }
  | { kind: 'no_objective' }
  | { kind: 'no_issues' }
  | { kind: 'issue_no_name' }
  | { kind: 'no_items'; type?: string }
  | { kind: 'item_no_value' }
  | { kind: 'duplicate_issue_index'; index: number }
  | { kind: 'duplicate_issue_name'; name: string }
  | { kind: 'bounds_order'; lower: number; upper: number }
  | { kind: 'range_too_large'; size: number }
  | { kind: 'no_range' }
  | { kind: 'no_weight'; issue: string; index: number }
  | { kind: 'no_evaluations' }
  | { kind: 'no_evaluation'; item: string; issue: string; otherName?: string; index?: string }
  | { kind: 'no_evaluator' }
  | { kind: 'no_utility' }
  | { kind: 'maxutility'; value: number }
  | { kind: 'no_ufun' }
  | { kind: 'no_aggregation' }
  | { kind: 'no_ranks' }
  | { kind: 'no_rank'; item: string; issue: string }
  | { kind: 'condition_count'; count: number };

/** A construct Genius 10.4 reads in a way Common Ground does not follow. */
export type GeniusConstruct =
  | { kind: 'aggregation'; value: 'min' | 'max' }
  | { kind: 'ftype'; ftype: string; issueType: 'real' }
  | { kind: 'utility_space_type'; value: string }
  | { kind: 'bound_on_non_integer'; issue: string; issueType: string }
  | { kind: 'non_integer_bound'; attribute: string; value: string }
  | { kind: 'constraint_too_large'; limit: number };

export type GeniusMismatch =
  | { kind: 'issue_not_in_domain'; domainFile: string; known: string[] }
  | { kind: 'type_differs'; issue: string; here: string; domain: string; domainFile: string; otherName?: string }
  | { kind: 'no_evaluator_for'; issues: string[] };

/** What a GeniusWeb JSON file gets wrong. */
export type GeniusWebFault =
  | { kind: 'not_json'; detail: string }
  | { kind: 'unknown_document' }
  | { kind: 'no_issues' }
  | { kind: 'value_set'; issue: string }
  | { kind: 'utilities'; issue: string }
  | { kind: 'unknown_issue'; issue: string }
  | { kind: 'no_utilities_for'; issue: string }
  | { kind: 'value_not_in_domain'; issue: string; value: string }
  | { kind: 'not_number'; field: string }
  | { kind: 'other_domain'; domain: string; expected: string }
  | { kind: 'range'; issue: string };

/** Scenario features an export format cannot hold. */
export type ExportFeature =
  | { kind: 'red_lines'; party: string; count: number }
  | { kind: 'interactions'; party: string; count: number }
  | { kind: 'rectangles'; party: string }
  | { kind: 'constant'; party: string }
  | { kind: 'negative_issue'; party: string; issue: string }
  | { kind: 'reservation'; party: string; value: number }
  | { kind: 'name'; name: string; characters: string }
  | { kind: 'utility_above_one'; party: string; max: number }
  | { kind: 'capped'; party: string; max: number; cap: number };

const faultText: Record<Locale, (f: GeniusFault) => string> = {
  en: (f) => {
    switch (f.kind) {
      case 'attribute_missing':
        return `missing attribute ${f.attribute}`;
      case 'attribute_not_number':
        return `attribute ${f.attribute}=${q(f.value)} is not ${f.type === 'integer' ? 'an integer' : 'a number'}`;
      case 'not_domain_file':
        return 'not a Genius domain file';
      case 'not_profile':
        return 'not a Genius profile';
      case 'no_utility_space':
        return 'no <utility_space> in the domain file';
      case 'no_objective':
        return 'no <objective> in the domain file';
      case 'no_issues':
        return 'the domain has no issues';
      case 'issue_no_name':
        return 'issue without a name';
      case 'no_items':
        return f.type
          ? `Genius 10.4 reads type ${q(f.type)} as a discrete issue (ISSUETYPE.convertToType), but this issue has no <item> values: no outcome would exist`
          : 'discrete issue without <item> values';
      case 'item_no_value':
        return 'item without a value attribute';
      case 'duplicate_issue_index':
        return `duplicate issue index ${f.index}`;
      case 'duplicate_issue_name':
        return `duplicate issue name ${q(f.name)}`;
      case 'bounds_order':
        return `upperbound ${f.upper} is below lowerbound ${f.lower}`;
      case 'range_too_large':
        return `integer range of ${f.size} values is too large`;
      case 'no_range':
        return 'real issue without <range lowerbound upperbound> (Genius 10.4 reads real bounds from <range> only)';
      case 'no_weight':
        return `no <weight index="${f.index}"> for issue ${q(f.issue)}: Genius 10.4 creates no evaluator for it and fails when it evaluates a bid`;
      case 'no_evaluations':
        return 'discrete issue without item evaluations';
      case 'no_evaluation':
        return `no evaluation for item ${q(f.item)} of the domain's issue ${q(f.issue)}${f.otherName !== undefined ? `; this profile calls the issue ${q(f.otherName)} (matched by index ${f.index ?? '?'}): is it a profile for another domain?` : ''}`;
      case 'no_evaluator':
        return 'real issue without an <evaluator>';
      case 'no_utility':
        return 'nonlinear profile without <utility maxutility=...>';
      case 'maxutility':
        return `maxutility must be positive, found ${f.value}`;
      case 'no_ufun':
        return 'no <ufun> in <utility>';
      case 'no_aggregation':
        return 'no aggregation attribute: Genius 10.4 fails on it (AGGREGATIONTYPE.getAggregationType of null)';
      case 'no_ranks':
        return 'constraint profile without <rules><ranks> and <constraints>';
      case 'no_rank':
        return `no rank for item ${q(f.item)} of issue ${q(f.issue)}: Genius 10.4 fails when it evaluates a bid with it`;
      case 'condition_count':
        return `a conditionalZeroOutcomeConstraint needs exactly 2 <checkassignment> elements, found ${f.count} (Genius 10.4 reads the first two)`;
    }
  },
  es: (f) => {
    switch (f.kind) {
      case 'attribute_missing':
        return `falta el atributo ${f.attribute}`;
      case 'attribute_not_number':
        return `el atributo ${f.attribute}=${q(f.value)} no es ${f.type === 'integer' ? 'un entero' : 'un número'}`;
      case 'not_domain_file':
        return 'no es un archivo de dominio de Genius';
      case 'not_profile':
        return 'no es un perfil de Genius';
      case 'no_utility_space':
        return 'no hay <utility_space> en el archivo de dominio';
      case 'no_objective':
        return 'no hay <objective> en el archivo de dominio';
      case 'no_issues':
        return 'el dominio no tiene temas';
      case 'issue_no_name':
        return 'tema sin nombre';
      case 'no_items':
        return f.type
          ? `Genius 10.4 lee el tipo ${q(f.type)} como un tema discreto (ISSUETYPE.convertToType), pero este tema no tiene valores <item>: no existiría ningún resultado`
          : 'tema discreto sin valores <item>';
      case 'item_no_value':
        return 'item sin atributo value';
      case 'duplicate_issue_index':
        return `índice de tema repetido ${f.index}`;
      case 'duplicate_issue_name':
        return `nombre de tema repetido ${q(f.name)}`;
      case 'bounds_order':
        return `upperbound ${f.upper} es menor que lowerbound ${f.lower}`;
      case 'range_too_large':
        return `el rango entero de ${f.size} valores es demasiado grande`;
      case 'no_range':
        return 'tema real sin <range lowerbound upperbound> (Genius 10.4 lee los límites reales solo de <range>)';
      case 'no_weight':
        return `no hay <weight index="${f.index}"> para el tema ${q(f.issue)}: Genius 10.4 no le crea evaluador y falla al evaluar una oferta`;
      case 'no_evaluations':
        return 'tema discreto sin evaluaciones de sus items';
      case 'no_evaluation':
        return `no hay evaluación para el item ${q(f.item)} del tema ${q(f.issue)} del dominio${f.otherName !== undefined ? `; este perfil llama al tema ${q(f.otherName)} (emparejado por el índice ${f.index ?? '?'}): ¿es un perfil de otro dominio?` : ''}`;
      case 'no_evaluator':
        return 'tema real sin <evaluator>';
      case 'no_utility':
        return 'perfil no lineal sin <utility maxutility=...>';
      case 'maxutility':
        return `maxutility debe ser positivo; se encontró ${f.value}`;
      case 'no_ufun':
        return 'no hay <ufun> en <utility>';
      case 'no_aggregation':
        return 'falta el atributo aggregation: Genius 10.4 falla (AGGREGATIONTYPE.getAggregationType de null)';
      case 'no_ranks':
        return 'perfil de restricciones sin <rules><ranks> y <constraints>';
      case 'no_rank':
        return `no hay rango para el item ${q(f.item)} del tema ${q(f.issue)}: Genius 10.4 falla al evaluar una oferta con él`;
      case 'condition_count':
        return `un conditionalZeroOutcomeConstraint necesita exactamente 2 elementos <checkassignment>; hay ${f.count} (Genius 10.4 lee los dos primeros)`;
    }
  },
};

const constructText: Record<Locale, (c: GeniusConstruct) => string> = {
  en: (c) => {
    switch (c.kind) {
      case 'aggregation':
        return `aggregation ${q(c.value)} is not supported: Genius 10.4 takes the ${c.value === 'min' ? 'minimum' : 'maximum'} of the rectangle utilities (UtilityFunction.getUtility); the exact frontier here needs them summed`;
      case 'ftype':
        return c.ftype.toLowerCase() === 'faratin'
          ? 'evaluator ftype "faratin" is not supported: Genius 10.4 loads it but EvaluatorReal has no faratin case and evaluates every value to -1'
          : `evaluator ftype ${q(c.ftype)} is not supported: Genius 10.4 fails on it (EVALFUNCTYPE has linear, constant, triangular)`;
      case 'utility_space_type':
        return `utility space type ${q(c.value)} is not supported: Genius 10.4 does not load it either (UTILITYSPACETYPE is linear, nonlinear, constraint or uncertain)`;
      case 'bound_on_non_integer':
        return `hyper-rectangle bound on ${c.issueType} issue ${q(c.issue)}: Genius 10.4 casts the bid's value to an integer (InclusiveHyperRectangle) and fails on this issue`;
      case 'non_integer_bound':
        return `bound ${c.attribute}=${q(c.value)} is not an integer: Genius 10.4 fails to load it (Bound uses Integer.parseInt)`;
      case 'constraint_too_large':
        return `the constraint rules expand to more than ${c.limit} hyper-rectangles; too large to analyse exactly`;
    }
  },
  es: (c) => {
    switch (c.kind) {
      case 'aggregation':
        return `la agregación ${q(c.value)} no está soportada: Genius 10.4 toma el ${c.value === 'min' ? 'mínimo' : 'máximo'} de las utilidades de los rectángulos (UtilityFunction.getUtility); la frontera exacta aquí necesita sumarlas`;
      case 'ftype':
        return c.ftype.toLowerCase() === 'faratin'
          ? 'el ftype "faratin" no está soportado: Genius 10.4 lo carga, pero EvaluatorReal no tiene caso faratin y evalúa todo valor como -1'
          : `el ftype ${q(c.ftype)} no está soportado: Genius 10.4 también falla (EVALFUNCTYPE tiene linear, constant, triangular)`;
      case 'utility_space_type':
        return `el tipo de espacio de utilidad ${q(c.value)} no está soportado: Genius 10.4 tampoco lo carga (UTILITYSPACETYPE es linear, nonlinear, constraint o uncertain)`;
      case 'bound_on_non_integer':
        return `límite de hiperrectángulo sobre el tema ${c.issueType} ${q(c.issue)}: Genius 10.4 convierte el valor de la oferta a entero (InclusiveHyperRectangle) y falla con este tema`;
      case 'non_integer_bound':
        return `el límite ${c.attribute}=${q(c.value)} no es entero: Genius 10.4 no lo carga (Bound usa Integer.parseInt)`;
      case 'constraint_too_large':
        return `las reglas de restricciones se expanden a más de ${c.limit} hiperrectángulos; demasiado grande para analizarlo con exactitud`;
    }
  },
};

const mismatchText: Record<Locale, (m: GeniusMismatch) => string> = {
  en: (m) => {
    switch (m.kind) {
      case 'issue_not_in_domain':
        return `issue is not in the domain ${m.domainFile}`;
      case 'type_differs':
        return `issue ${q(m.issue)} is ${m.here} here but ${m.domain} in the domain ${m.domainFile}${m.otherName !== undefined ? `; this profile calls the issue ${q(m.otherName)}: is it a profile for another domain?` : ''}`;
      case 'no_evaluator_for':
        return `no evaluator for issue${m.issues.length > 1 ? 's' : ''} ${quotedList(m.issues)}`;
    }
  },
  es: (m) => {
    switch (m.kind) {
      case 'issue_not_in_domain':
        return `el tema no está en el dominio ${m.domainFile}`;
      case 'type_differs':
        return `el tema ${q(m.issue)} es ${m.here} aquí pero ${m.domain} en el dominio ${m.domainFile}${m.otherName !== undefined ? `; este perfil llama al tema ${q(m.otherName)}: ¿es un perfil de otro dominio?` : ''}`;
      case 'no_evaluator_for':
        return `no hay evaluador para ${m.issues.length > 1 ? 'los temas' : 'el tema'} ${quotedList(m.issues)}`;
    }
  },
};

const webText: Record<Locale, (f: GeniusWebFault) => string> = {
  en: (f) => {
    switch (f.kind) {
      case 'not_json':
        return `not valid JSON: ${f.detail}`;
      case 'unknown_document':
        return 'neither a GeniusWeb domain ({"name", "issuesValues"}) nor a LinearAdditiveUtilitySpace profile';
      case 'no_issues':
        return 'the domain has no issues';
      case 'value_set':
        return `issue ${q(f.issue)}: expected {"values": [...]} or {"range": {"low", "high", "step"}}`;
      case 'utilities':
        return `issue ${q(f.issue)}: expected DiscreteValueSetUtilities or NumberValueSetUtilities`;
      case 'unknown_issue':
        return `issue ${q(f.issue)} is not in the domain`;
      case 'no_utilities_for':
        return `no utilities for issue ${q(f.issue)}`;
      case 'value_not_in_domain':
        return `issue ${q(f.issue)}: value ${q(f.value)} is not in the domain`;
      case 'not_number':
        return `${f.field} must be a number`;
      case 'other_domain':
        return `profile for domain ${q(f.domain)}, but the domain is ${q(f.expected)}`;
      case 'range':
        return `issue ${q(f.issue)}: a number range needs low <= high and a positive step, with at most 1,000,000 values`;
    }
  },
  es: (f) => {
    switch (f.kind) {
      case 'not_json':
        return `JSON no válido: ${f.detail}`;
      case 'unknown_document':
        return 'no es ni un dominio de GeniusWeb ({"name", "issuesValues"}) ni un perfil LinearAdditiveUtilitySpace';
      case 'no_issues':
        return 'el dominio no tiene temas';
      case 'value_set':
        return `tema ${q(f.issue)}: se esperaba {"values": [...]} o {"range": {"low", "high", "step"}}`;
      case 'utilities':
        return `tema ${q(f.issue)}: se esperaba DiscreteValueSetUtilities o NumberValueSetUtilities`;
      case 'unknown_issue':
        return `el tema ${q(f.issue)} no está en el dominio`;
      case 'no_utilities_for':
        return `no hay utilidades para el tema ${q(f.issue)}`;
      case 'value_not_in_domain':
        return `tema ${q(f.issue)}: el valor ${q(f.value)} no está en el dominio`;
      case 'not_number':
        return `${f.field} debe ser un número`;
      case 'other_domain':
        return `perfil del dominio ${q(f.domain)}, pero el dominio es ${q(f.expected)}`;
      case 'range':
        return `tema ${q(f.issue)}: un rango numérico necesita low <= high y un paso positivo, con a lo sumo 1.000.000 valores`;
    }
  },
};

const featureText: Record<Locale, (f: ExportFeature) => string> = {
  en: (f) => {
    switch (f.kind) {
      case 'red_lines':
        return `party ${q(f.party)} has ${f.count} red line${f.count === 1 ? '' : 's'} (the format cannot forbid outcomes)`;
      case 'interactions':
        return `party ${q(f.party)} has ${f.count} interaction term${f.count === 1 ? '' : 's'} (a linear additive profile cannot hold them)`;
      case 'rectangles':
        return `party ${q(f.party)} has hyper-rectangle utilities (GeniusWeb has no such profile; Genius needs integer issues)`;
      case 'constant':
        return `party ${q(f.party)} has a constant utility term`;
      case 'negative_issue':
        return `party ${q(f.party)} values every option of issue ${q(f.issue)} below 0`;
      case 'reservation':
        return `party ${q(f.party)} has reservation value ${f.value}, which a GeniusWeb profile cannot hold (only a reservation bid)`;
      case 'name':
        return `name ${q(f.name)} contains ${f.characters}, which Genius 10.4 reads differently from XML readers (its parser decodes no entities)`;
      case 'utility_above_one':
        return `party ${q(f.party)} can reach utility ${f.max}, above the 1 at which Genius caps utility`;
      case 'capped':
        return `party ${q(f.party)}'s utility is capped at ${f.cap} and can reach ${f.max} before the cap; GeniusWeb has no cap`;
    }
  },
  es: (f) => {
    switch (f.kind) {
      case 'red_lines':
        return `la parte ${q(f.party)} tiene ${f.count} ${f.count === 1 ? 'línea roja' : 'líneas rojas'} (el formato no puede prohibir resultados)`;
      case 'interactions':
        return `la parte ${q(f.party)} tiene ${f.count} ${f.count === 1 ? 'término de interacción' : 'términos de interacción'} (un perfil lineal aditivo no puede contenerlos)`;
      case 'rectangles':
        return `la parte ${q(f.party)} tiene utilidades de hiperrectángulos (GeniusWeb no tiene ese perfil; Genius necesita temas enteros)`;
      case 'constant':
        return `la parte ${q(f.party)} tiene un término de utilidad constante`;
      case 'negative_issue':
        return `la parte ${q(f.party)} valora toda opción del tema ${q(f.issue)} por debajo de 0`;
      case 'reservation':
        return `la parte ${q(f.party)} tiene valor de reserva ${f.value}, que un perfil de GeniusWeb no puede contener (solo una oferta de reserva)`;
      case 'name':
        return `el nombre ${q(f.name)} contiene ${f.characters}, que Genius 10.4 lee distinto que los lectores de XML (su analizador no decodifica entidades)`;
      case 'utility_above_one':
        return `la parte ${q(f.party)} puede alcanzar utilidad ${f.max}, por encima del 1 en que Genius limita la utilidad`;
      case 'capped':
        return `la utilidad de la parte ${q(f.party)} está limitada a ${f.cap} y alcanza ${f.max} antes del límite; GeniusWeb no tiene límite`;
    }
  },
};

export const genius = {
  xml_syntax_error: define<{ detail: string } | { unclosed: string[] }>({
    status: 400,
    example: { unclosed: ['utility_space', 'objective'] },
    message: {
      en: (p) =>
        'detail' in p
          ? `malformed XML: ${p.detail}`
          : `malformed XML: the file ends before ${p.unclosed.map((t) => `<${t}>`).join(', ')} ${p.unclosed.length === 1 ? 'is' : 'are'} closed (truncated?)`,
      es: (p) =>
        'detail' in p
          ? `XML mal formado: ${p.detail}`
          : `XML mal formado: el archivo termina antes de cerrar ${p.unclosed.map((t) => `<${t}>`).join(', ')} (¿truncado?)`,
    },
  }),
  genius_no_domain: define<{ where: string }>({
    status: 400,
    example: { where: 'Laptop' },
    message: {
      en: (p) => `no Genius domain file (root <negotiation_template>) in ${p.where}`,
      es: (p) => `no hay archivo de dominio de Genius (raíz <negotiation_template>) en ${p.where}`,
    },
  }),
  genius_many_domains: define<{ where: string; files: string[] }>({
    status: 400,
    example: { where: 'Laptop', files: ['a.xml', 'b.xml'] },
    message: {
      en: (p) => `${p.where} holds ${p.files.length} domain files (${p.files.join(', ')}); keep exactly one`,
      es: (p) =>
        `${p.where} contiene ${p.files.length} archivos de dominio (${p.files.join(', ')}); deje exactamente uno`,
    },
  }),
  genius_few_profiles: define<{ where: string; count: number }>({
    status: 400,
    example: { where: 'Laptop', count: 1 },
    message: {
      en: (p) =>
        `${p.where} holds ${p.count} profile${p.count === 1 ? '' : 's'} (root <utility_space>); a negotiation needs at least 2`,
      es: (p) =>
        `${p.where} contiene ${p.count} ${p.count === 1 ? 'perfil' : 'perfiles'} (raíz <utility_space>); una negociación necesita al menos 2`,
    },
  }),
  genius_invalid: define<{ element?: string; fault: GeniusFault }>({
    status: 400,
    example: { element: '<issue index="3" name="Price">', fault: { kind: 'no_weight', issue: 'Price', index: 3 } },
    message: {
      en: (p) => `${p.element ? `${p.element}: ` : ''}${faultText.en(p.fault)}`,
      es: (p) => `${p.element ? `${p.element}: ` : ''}${faultText.es(p.fault)}`,
    },
  }),
  genius_unsupported: define<{ element?: string; construct: GeniusConstruct }>({
    status: 400,
    example: { element: '<ufun aggregation="max">', construct: { kind: 'aggregation', value: 'max' } },
    message: {
      en: (p) => `${p.element ? `${p.element}: ` : ''}${constructText.en(p.construct)}`,
      es: (p) => `${p.element ? `${p.element}: ` : ''}${constructText.es(p.construct)}`,
    },
  }),
  genius_mismatch: define<{ element?: string; mismatch: GeniusMismatch }>({
    status: 400,
    example: {
      element: '<issue index="3" name="Hue">',
      mismatch: { kind: 'issue_not_in_domain', domainFile: 'domain.xml', known: ['2 "Colour"'] },
    },
    message: {
      en: (p) => `${p.element ? `${p.element}: ` : ''}${mismatchText.en(p.mismatch)}`,
      es: (p) => `${p.element ? `${p.element}: ` : ''}${mismatchText.es(p.mismatch)}`,
    },
  }),
  geniusweb_invalid: define<{ fault: GeniusWebFault }>({
    status: 400,
    example: { fault: { kind: 'value_not_in_domain', issue: 'fte', value: '0.7' } },
    message: {
      en: (p) => webText.en(p.fault),
      es: (p) => webText.es(p.fault),
    },
  }),
  export_lossy: define<{ format: 'genius' | 'geniusweb'; features: ExportFeature[] }>({
    status: 400,
    example: { format: 'genius', features: [{ kind: 'red_lines', party: 'us', count: 2 }] },
    message: {
      en: (p) =>
        `${p.format === 'genius' ? 'Genius XML' : 'GeniusWeb JSON'} cannot express this domain exactly: ${p.features.map((f) => featureText.en(f)).join('; ')}. Use --lossy to export without them (they are listed in the export notes)`,
      es: (p) =>
        `${p.format === 'genius' ? 'Genius XML' : 'GeniusWeb JSON'} no puede expresar este dominio con exactitud: ${p.features.map((f) => featureText.es(f)).join('; ')}. Use --lossy para exportarlo sin ellos (figuran en las notas de la exportación)`,
    },
  }),
  export_target_exists: define<{ dir: string; files: string[] }>({
    status: 409,
    example: { dir: 'out', files: ['laptop-domain.xml'] },
    message: {
      en: (p) => `${p.dir} already holds ${p.files.join(', ')}; choose an empty folder or pass --force to overwrite`,
      es: (p) => `${p.dir} ya contiene ${p.files.join(', ')}; elija una carpeta vacía o use --force para sobrescribir`,
    },
  }),
  export_write_failed: define<{ dir: string; reason: string }>({
    status: 500,
    example: { dir: 'out', reason: 'EACCES' },
    message: {
      en: (p) => `cannot write to ${p.dir} (${p.reason})`,
      es: (p) => `no se puede escribir en ${p.dir} (${p.reason})`,
    },
  }),
};

/** The sentence of one export feature (for notes printed by the export). */
export function exportFeatureText(f: ExportFeature, locale: Locale = 'en'): string {
  return featureText[locale](f);
}

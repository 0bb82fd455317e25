/** IATI 2.03 codes used by the tracker (codelists in vendor/iati-2.03/codelists; codes.test.ts checks them). */
import type { ActionStatus, FrameworkStatus, Measure, ResultType, Role } from '../../framework/index.ts';

export const NS = 'urn:commonground:iati-extension:1';

export const RESULT_TYPE_CODE: Record<ResultType, string> = { output: '1', outcome: '2', impact: '3' };
export const MEASURE_CODE: Record<Measure, string> = {
  unit: '1',
  percentage: '2',
  nominal: '3',
  ordinal: '4',
  qualitative: '5',
};
export const ROLE_CODE: Record<Role, string> = { funding: '1', accountable: '2', extending: '3', implementing: '4' };
export const STATUS_CODE: Record<ActionStatus, string> = {
  pipeline: '1',
  implementation: '2',
  finalisation: '3',
  closed: '4',
  cancelled: '5',
  suspended: '6',
};
export const FRAMEWORK_STATUS_CODE: Record<FrameworkStatus, string> = {
  draft: '1',
  proposed: '1',
  published: '2',
  superseded: '4',
};

export function invert<K extends string>(m: Record<K, string>): Record<string, K> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<string, K>;
}

/** Default unit for indicators imported from other publishers, by measure (IATI has no unit). */
export const UNIT_FOR_MEASURE: Record<Measure, string> = {
  unit: 'units',
  percentage: 'percent',
  nominal: 'nominal value',
  ordinal: 'ordinal value',
  qualitative: 'qualitative value',
};

/** Reporting organisation used when a framework names none (not a registered IATI identifier). */
export const DEFAULT_REPORTING_ORG = {
  ref: 'XX-COMMONGROUND',
  name: 'Common Ground framework tracker (unregistered identifier)',
  type: '90',
};

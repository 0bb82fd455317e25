/** Every route module of the API, registered under /api. One module per resource. */
import type { ZodApp } from '../app.ts';
import analysis from './analysis.ts';
import cooperation from './cooperation.ts';
import delegations from './delegations.ts';
import frameworks from './frameworks.ts';
import health from './health.ts';
import jobs from './jobs.ts';
import mediations from './mediations.ts';
import negotiation from './negotiation.ts';
import reports from './reports.ts';
import robustness from './robustness.ts';
import scenarios from './scenarios.ts';
import versions from './versions.ts';

export type RouteModule = (app: ZodApp) => Promise<void> | void;

export const routeModules: RouteModule[] = [
  health,
  jobs,
  scenarios,
  versions,
  analysis,
  robustness,
  delegations,
  frameworks,
  negotiation,
  cooperation,
  reports,
  mediations,
];

/** Every route module of the API, registered under /api. One module per resource. */
import type { ZodApp } from '../app.ts';
import health from './health.ts';
import jobs from './jobs.ts';

export type RouteModule = (app: ZodApp) => Promise<void> | void;

export const routeModules: RouteModule[] = [health, jobs];

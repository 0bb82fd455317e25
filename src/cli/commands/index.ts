/**
 * Every CLI command module registers itself here. Add one import and one list entry per module;
 * keep the list alphabetical so parallel work merges cleanly.
 */
import type { Command } from 'commander';
import { register as analyze } from './analyze.ts';
import { register as cooperate } from './cooperate.ts';
import { register as equilibria } from './equilibria.ts';
import { register as framework } from './framework.ts';
import { register as negotiate } from './negotiate.ts';
import { register as scenarios } from './scenarios.ts';
import { register as schema } from './schema.ts';
import { register as validate } from './validate.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  analyze,
  cooperate,
  equilibria,
  framework,
  negotiate,
  scenarios,
  schema,
  validate,
];

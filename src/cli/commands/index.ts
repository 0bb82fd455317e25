/**
 * Every CLI command module registers itself here. Add one import and one list entry per module;
 * keep the list alphabetical so parallel work merges cleanly.
 */
import type { Command } from 'commander';
import { register as framework } from './framework.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [framework];

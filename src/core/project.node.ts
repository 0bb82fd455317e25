/**
 * Where the project and the shared reference material are on disk (Node only). `../shared` sits
 * next to the project root, in a worktree and on CI alike.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two levels above src/core). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared`: the brief, the anchors and the sourced data. */
export const SHARED_DIR = path.resolve(PROJECT_ROOT, '../shared');
export const ANCHORS_DIR = path.join(SHARED_DIR, 'anchors');

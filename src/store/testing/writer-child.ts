/**
 * Test child process: `tsx writer-child.ts <db-url> <framework-id> <tag> <count>` appends
 * `<tag>-<i>` to the framework's notes `count` times with read-modify-write and retries on a
 * version conflict (409). Prints `done <retries>`.
 */
import { CgError } from '../../core/index.ts';
import { openStore } from '../store.ts';

const [url, id, tag, countArg] = process.argv.slice(2);
const store = await openStore(url);
let retries = 0;
try {
  for (let i = 0; i < Number(countArg); i++) {
    for (;;) {
      try {
        await store.frameworks.update(id, (fw) => {
          fw.notes.push(`${tag}-${i}`);
        });
        break;
      } catch (e) {
        if (e instanceof CgError && e.status === 409) {
          retries++;
          continue;
        }
        throw e;
      }
    }
  }
  process.stdout.write(`done ${retries}\n`);
} finally {
  await store.close();
}

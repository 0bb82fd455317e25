/**
 * The files of a multipart upload, each read whole. A body that does not match its Content-Type
 * (no boundary, a wrong one, a part cut off, a malformed part header) makes busboy throw a bare
 * Error, which was a 500; here it is `bad_multipart` (400). Fastify's own upload errors (a file
 * over the size limit, too many files) keep their codes and problems.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { CgError, problem } from '../core/index.ts';

export interface Upload {
  filename: string;
  data: Buffer;
}

function translated(e: unknown): unknown {
  if (e instanceof CgError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('FST_')) return e;
  return new CgError(problem('bad_multipart', {}, { path: ['headers', 'content-type'] }));
}

export async function* uploads(req: FastifyRequest): AsyncGenerator<Upload> {
  let it: AsyncIterator<MultipartFile>;
  try {
    it = (req.files() as AsyncIterable<MultipartFile>)[Symbol.asyncIterator]();
  } catch (e) {
    throw translated(e);
  }
  for (;;) {
    let next: Upload | undefined;
    try {
      const r = await it.next();
      if (r.done) return;
      next = { filename: r.value.filename, data: await r.value.toBuffer() };
    } catch (e) {
      throw translated(e);
    }
    yield next;
  }
}

import { describe, expect, it } from 'vitest';
import { readableMessage } from './logging.ts';

describe('readable log lines', () => {
  it('show a request as method and URL, its reply as status and time, anything else as its message', () => {
    expect(
      readableMessage(
        { reqId: 'req-7', req: { method: 'PUT', url: '/api/scenarios/x' }, msg: 'incoming request' },
        'msg',
      ),
    ).toBe('req-7 PUT /api/scenarios/x');
    expect(
      readableMessage(
        { reqId: 'req-7', res: { statusCode: 409 }, responseTime: 3.14159, msg: 'request completed' },
        'msg',
      ),
    ).toBe('req-7 409 in 3.1 ms');
    expect(readableMessage({ reqId: 'req-7', msg: 'request failed' }, 'msg')).toBe('req-7 request failed');
    expect(readableMessage({ msg: 'shut down cleanly' }, 'msg')).toBe('shut down cleanly');
  });
});

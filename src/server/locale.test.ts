/** Problem details in the language the request asks for (Accept-Language), with code and params for clients. */
import { afterEach, describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from '../core/index.ts';
import { testApp, json } from './test-support.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

describe('Accept-Language', () => {
  it('picks the best supported language by q-value, English by default', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
    expect(localeFromAcceptLanguage('es')).toBe('es');
    expect(localeFromAcceptLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,es;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('fr-CA, es;q=0.5')).toBe('es');
    expect(localeFromAcceptLanguage('es;q=0.2, en;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('es;q=0, fr')).toBe('en');
    expect(localeFromAcceptLanguage('de, *;q=0.1')).toBe('en');
  });

  it('gives Spanish problem details for a bad body, an unknown id and a missing token', async () => {
    app = await testApp();
    const es = { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' };
    const body = json(
      await app.inject({ method: 'PUT', url: '/api/scenarios/x', payload: { version: 1 }, headers: es }),
    );
    expect(body).toMatchObject({ status: 400, code: 'invalid_type', detail: 'falta un campo obligatorio' });
    expect(body.errors[0]).toMatchObject({
      code: 'invalid_type',
      params: { received: { kind: 'nothing' } },
      path: ['body', 'document'],
      message: 'falta un campo obligatorio',
      received: 'nada',
    });

    const unknown = json(await app.inject({ method: 'GET', url: '/api/scenarios/north-amrica', headers: es }));
    expect(unknown).toMatchObject({
      status: 404,
      code: 'not_found',
      detail: 'No hay ningún escenario con el identificador "north-amrica".',
      errors: [{ code: 'not_found', params: { kind: 'scenario', id: 'north-amrica' } }],
    });
    // The same request in English (no header) says it in English.
    const en = json(await app.inject({ method: 'GET', url: '/api/scenarios/north-amrica' }));
    expect(en.detail).toBe('No scenario with id "north-amrica".');

    const bad = json(
      await app.inject({ method: 'GET', url: '/api/health', headers: { ...es, authorization: 'Basic abc' } }),
    );
    expect(bad).toMatchObject({
      status: 401,
      code: 'unauthorized',
      detail: 'El encabezado Authorization debe ser "Bearer <token>".',
      errors: [{ params: { problem: 'scheme' }, path: ['headers', 'authorization'] }],
    });

    const route = json(await app.inject({ method: 'GET', url: '/api/nope', headers: es }));
    expect(route.detail).toBe('No existe la ruta GET /api/nope.');
  });
});

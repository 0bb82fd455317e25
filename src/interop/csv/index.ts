/** CSV interop: RFC 4180 parsing and the sourced-indicator table (browser-safe). */
export * from './rfc4180.ts';
export * from './indicators.ts';
export * from './attach.ts';

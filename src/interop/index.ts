/** Interoperability with other tools' formats (browser-safe parts). */
export * from './genius/index.ts';

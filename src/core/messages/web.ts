/** Problems the web app itself reports (the server's come with their own codes). */
import { define } from './define.ts';

export const web = {
  /** An HTTP error answered without problem details (a proxy, a server from elsewhere). */
  http_error: define<{ status: number; statusText: string }>({
    status: 502,
    example: { status: 502, statusText: 'Bad Gateway' },
    message: {
      en: (p) => `The server answered ${p.status} ${p.statusText}.`,
      es: (p) => `El servidor respondió ${p.status} ${p.statusText}.`,
    },
  }),
  /** Something failed that no catalogue entry describes; its own (English) words are kept. */
  unexpected_error: define<{ detail: string }>({
    status: 500,
    example: { detail: 'Failed to fetch' },
    message: {
      en: (p) => `Something went wrong: ${p.detail}`,
      es: (p) => `Algo salió mal: ${p.detail}`,
    },
  }),
};

import type { Lang } from './i18n.js';

/**
 * The words of what can go wrong with a reader's file (`src`) or rows (`data`): loaded with
 * `import()` only when something does ({@link fileProblemWords}), so the widgets do not ship them
 * up front.
 */
export const fileWords = {
  en: {
    couldNotLoad: (url: string, why: string) => `Could not load ${url}: ${why}`,
    requestFailed: 'the request failed',
    requestFailedWhy: 'network error, blocked by CORS, or not a valid URL',
    serverAnswered: (status: number, text: string) =>
      `the server answered ${status}${text && ` ${text}`}`,
    notValidJson: (origin: string) => `${origin} is not valid JSON`,
    invalidJson: 'invalid JSON',
    notJson: (origin: string) => `${origin} is not JSON`,
    readsJsonRows: 'this widget reads a JSON array of rows',
    expectedRows: (origin: string) => `${origin}: expected an array of rows`,
    expectedJsonRows: 'expected a JSON array of rows',
    noRows: (origin: string) => `${origin}: no rows`,
  },
  es: {
    couldNotLoad: (url: string, why: string) => `No se pudo cargar ${url}: ${why}`,
    requestFailed: 'la solicitud falló',
    requestFailedWhy: 'error de red, bloqueo por CORS o URL no válida',
    // the server's status text is English: the code alone says it
    serverAnswered: (status: number) => `el servidor respondió con el código ${status}`,
    notValidJson: (origin: string) => `${origin} no es un JSON válido`,
    invalidJson: 'JSON no válido',
    notJson: (origin: string) => `${origin} no es JSON`,
    readsJsonRows: 'este widget lee un arreglo JSON de filas',
    expectedRows: (origin: string) => `${origin}: se esperaba un arreglo de filas`,
    expectedJsonRows: 'se esperaba un arreglo JSON de filas',
    noRows: (origin: string) => `${origin}: no hay filas`,
  },
} as const satisfies Record<Lang, unknown>;

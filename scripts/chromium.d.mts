/** Launch options for Playwright's `chromium.launch` and vitest's browser provider. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };

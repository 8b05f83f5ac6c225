import fs from 'node:fs';

/** Debian's Chromium (or CHROMIUM_PATH); the test command installs it first when it is missing. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p)) ?? '/usr/bin/chromium';
}

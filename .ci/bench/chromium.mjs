// Debian's Chromium for the bench, never a downloaded one: launched directly with a DevTools port for Lighthouse,
// or through Playwright for the measures that drive the page.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.mjs';

export { CHROMIUM_FLAGS, chromiumPath };

const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** A free port in 4400–4499 (the range kept for the bench: 4173 and others belong to other tools), none in `taken`. */
export async function freePort(taken = []) {
  for (let port = 4400; port <= 4499; port += 1) {
    if (!taken.includes(port) && (await isFree(port))) return port;
  }
  throw new Error('no free port in 4400–4499');
}

/**
 * Starts Chromium with remote debugging on `port` and its own profile folder. Resolves once DevTools answers, with
 * a stop function that ends that process group only (the Debian launcher is a shell script that starts the binary).
 */
export async function launchChromium(executable, port, profileDir) {
  const child = spawn(executable, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profileDir}`, 'about:blank'], {
    detached: true,
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 50 && !exited; i += 1) await new Promise((done) => setTimeout(done, 100));
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${executable} exited before DevTools answered on port ${port}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return { version: (await response.json()).Browser ?? 'Chromium', stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`Chromium did not open DevTools on port ${port} within 30 s`);
}

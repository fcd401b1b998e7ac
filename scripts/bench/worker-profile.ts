// `npm run bench:worker-profile`: where the service worker's cold start goes. Stops the worker, then wakes it
// with one `ping` while Chromium holds it at its first line (CDP auto-attach, waitForDebuggerOnStart) until the
// CPU profiler runs, and prints self time by function and by script, summed over the starts.
// Needs Node's WebSocket (run with NODE_OPTIONS=--experimental-websocket; the npm script sets it).
// Options: --no-build (reuse .output), --runs N (cold starts, default 5), --top N (rows, default 30).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../test/e2e/chromium';
import { EXTENSION_DIR } from '../../test/e2e/launch';
import type { CpuProfile } from './extension-script-time';
import { buildUnless, profileOptions } from './profile-cli';

const options = profileOptions({ runs: 5, top: 30 });
const { runs, top } = options;
const PORT = 9339;
buildUnless(options.has('--no-build'), { unminified: true });

type Frame = { functionName: string; url: string; lineNumber: number };
type Profile = Omit<CpuProfile, 'nodes'> & { nodes: { id: number; callFrame: Frame; children?: number[] }[] };
type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; sessionId?: string };

/** A CDP client over the browser's WebSocket, with flattened sessions (Playwright's sessions cannot reach a worker held at start). */
async function connect(): Promise<{
  send: (method: string, params?: object, sessionId?: string) => Promise<unknown>;
  on: (listener: (message: Message) => void) => void;
  close: () => void;
}> {
  const version = (await (await fetch(`http://127.0.0.1:${PORT}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let next = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const listeners: ((message: Message) => void)[] = [];
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
    else for (const listener of listeners) listener(message);
  };
  return {
    send: (method, params = {}, sessionId) =>
      new Promise((resolve) => {
        const id = next++;
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }));
      }),
    on: (listener) => listeners.push(listener),
    close: () => socket.close(),
  };
}

// Chromium started here, not by Playwright: Playwright holds new workers at start for itself.
const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'bg-worker-profile-'));
const browser = spawn(
  chromiumExecutable(),
  [
    '--headless=new',
    `--remote-debugging-port=${PORT}`,
    `--user-data-dir=${userDataDir}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    ...CHROMIUM_ARGS,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
for (let tries = 0; ; tries++) {
  try {
    await fetch(`http://127.0.0.1:${PORT}/json/version`);
    break;
  } catch (error) {
    if (tries > 100) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const cdp = await connect();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// The extension's worker names its id; an extension page (the popup) sends the pings.
let extensionId = '';
for (let tries = 0; !extensionId && tries < 100; tries++) {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  const worker = targetInfos.find(
    (info) => info.type === 'service_worker' && info.url.startsWith('chrome-extension://'),
  );
  if (worker) extensionId = new URL(worker.url).host;
  else await wait(100);
}
if (!extensionId) throw new Error("the extension's service worker did not start");
const { targetId } = (await cdp.send('Target.createTarget', {
  url: `chrome-extension://${extensionId}/popup.html`,
})) as { targetId: string };
const { sessionId: pageSession } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as {
  sessionId: string;
};
await wait(1500);
await cdp.send('ServiceWorker.enable', {}, pageSession);
const byFunction = new Map<string, number>();
const byScript = new Map<string, number>();
let totalMs = 0;
// One listener for all runs: each run waits for the next worker the browser attaches.
let onWorkerAttached: ((sessionId: string) => void) | undefined;
cdp.on((message) => {
  const info = message.params?.targetInfo as { type?: string } | undefined;
  if (message.method === 'Target.attachedToTarget' && info?.type === 'service_worker')
    onWorkerAttached?.(message.params?.sessionId as string);
});
for (let run = 0; run < runs; run++) {
  await cdp.send('ServiceWorker.stopAllWorkers', {}, pageSession);
  await wait(300);
  const attached = new Promise<string>((resolve) => {
    onWorkerAttached = resolve;
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
    filter: [{ type: 'service_worker', exclude: false }, { exclude: true }],
  });
  const ping = cdp.send(
    'Runtime.evaluate',
    {
      expression: "chrome.runtime.sendMessage({ protocol: 'buyer-guard/1', type: 'ping', payload: {} })",
      awaitPromise: true,
    },
    pageSession,
  );
  const session = await attached;
  await cdp.send('Profiler.enable', {}, session);
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 }, session);
  await cdp.send('Profiler.start', {}, session);
  await cdp.send('Runtime.runIfWaitingForDebugger', {}, session);
  await ping;
  const { profile } = (await cdp.send('Profiler.stop', {}, session)) as { profile: Profile };
  await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true });
  await cdp.send('Target.detachFromTarget', { sessionId: session });
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i] as number)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const ms = Math.max(0, deltas[i + 1] ?? 0) / 1000 / runs;
    const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '') || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byScript.set(file, (byScript.get(file) ?? 0) + ms);
    totalMs += ms;
  }
}
cdp.close();
browser.kill();
const print = (title: string, rows: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms.toFixed(2).padStart(9)} ms  ${name}`);
};
console.log(
  `Service worker cold start: ${totalMs.toFixed(1)} ms of samples per start (mean of ${runs}), idle excluded`,
);
print('by script (self time)', byScript);
print('by function (self time)', byFunction);

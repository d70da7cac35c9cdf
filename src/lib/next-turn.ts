/**
 * Resolves in a task of its own, so the page draws and answers input before long work goes on. A message rather
 * than setTimeout: browsers hold a hidden tab's timers back to about one a second, which would stretch an import
 * checked in a few hundred turns into minutes.
 */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

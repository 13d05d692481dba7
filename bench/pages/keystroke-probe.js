// Records, for every key pressed, the time from `keydown` to the end of the work it causes: the
// event handlers, the microtasks they queue (Lit renders there), and the layout they force. The
// end is taken in the next task, after forcing layout.
window.keystrokeDurations = [];

window.addEventListener(
  'keydown',
  () => {
    const start = performance.now();
    setTimeout(() => {
      document.documentElement.getBoundingClientRect();
      window.keystrokeDurations.push(performance.now() - start);
    }, 0);
  },
  { capture: true },
);

// Resolves after the browser has rendered the next frame: style, layout and paint included. Both
// benchmark pages end their first-render measurement here, so work the browser leaves for the
// frame (such as laying out content that `content-visibility` skipped until then) is counted.
export function afterNextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

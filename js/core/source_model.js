// The live anywidget model as a raw state source: trait names in, trait values out.
// A page without a kernel implements the same four methods over embedded data.

export function modelSource(model) {
  return {
    get: (name) => model.get(name),
    on(name, fn) {
      const event = `change:${name}`;
      const handler = () => fn();
      model.on(event, handler);
      return () => model.off(event, handler);
    },
    set(name, value) {
      model.set(name, value);
      model.save_changes();
    },
    send: (msg) => model.send(msg),
    // The kernel's answers to messages (a Download's CSV text); returns a function that stops.
    receive(fn) {
      const handler = (msg) => fn(msg);
      model.on("msg:custom", handler);
      return () => model.off("msg:custom", handler);
    },
  };
}

// A minimal virtual-module plugin for scripts/size.mjs: `{id: source}` entries become modules.
export default function virtual(modules) {
  return {
    name: 'virtual',
    resolveId: (id) => (id in modules ? id : null),
    load: (id) => (id in modules ? modules[id] : null),
  };
}

// The content <project-card> shows (type tag, heading, linked when the project has a url, summary,
// lead organisation), written into a cloned template by the pages that measure against it: the
// vanilla floors of bench/render.html and the peers' cards of bench/peers.html. Parts the project
// has no value for are removed, as the card leaves them out. Also the peers' loader, shared by
// bench/peers.html and bench/partner.html.
export function fillCard(node, project) {
  const type = node.querySelector('.type');
  if (project.type) type.textContent = project.type;
  else type.parentNode.remove();
  const title = node.querySelector('.title');
  if (project.url) {
    const a = document.createElement('a');
    a.href = project.url;
    a.textContent = project.title;
    title.appendChild(a);
  } else title.textContent = project.title;
  const summary = node.querySelector('.summary');
  if (project.summary) summary.textContent = project.summary;
  else summary.remove();
  const dd = node.querySelector('dd');
  if (project.lead) dd.textContent = project.lead.name;
  else dd.parentNode.remove();
  return node;
}

/**
 * Adds each peer's theme stylesheet and imports its card module (bench/peers.html,
 * bench/partner.html), recording each loaded peer in `loaded` by kind; resolves with
 * {kind: error message or null}.
 */
export async function loadPeers(list, loaded) {
  const errors = {};
  for (const peer of list) {
    const link = document.createElement('link');
    try {
      link.rel = 'stylesheet';
      link.href = peer.theme;
      await new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () => reject(new Error(`theme ${peer.theme} did not load`));
        document.head.appendChild(link);
      });
      await import(peer.module);
      if (!customElements.get(peer.tag)) throw new Error(`${peer.module} did not define <${peer.tag}>`);
      loaded.set(peer.kind, peer);
      errors[peer.kind] = null;
    } catch (error) {
      link.remove();
      errors[peer.kind] = String(error?.message ?? error);
    }
  }
  return errors;
}

/**
 * The milliseconds `work` takes until layout is done, from an empty stage (`clear`) and after a
 * garbage collection where the browser exposes one; then `verify`, untimed, that it made the cards.
 */
export async function timeRender(clear, work, verify) {
  clear();
  if (window.gc) window.gc();
  const start = performance.now();
  await work();
  document.body.getBoundingClientRect(); // layout, now
  const ms = performance.now() - start;
  verify();
  return ms;
}

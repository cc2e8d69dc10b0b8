// The content <project-card> shows (type tag, heading, linked when the project has a url, summary,
// lead organisation), written into a cloned template by the pages that measure against it: the
// vanilla floors of bench/render.html and the peers' cards of bench/peers.html. Parts the project
// has no value for are removed, as the card leaves them out.
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

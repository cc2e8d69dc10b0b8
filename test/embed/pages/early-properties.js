// Runs before the bundle defines the elements: sets properties (not attributes) on an element
// that is not upgraded yet, as a framework would.
const card = document.createElement('project-card');
card.src = '/__feed/embed-early';
card.project = 'record-access';
card.headingLevel = 3;
document.body.append(card);

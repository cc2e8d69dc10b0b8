// The sample feed's images are placeholders on example.org, which this machine cannot reach. Pages
// driven with request interception (screenshots, the layout-shift test) get the stories'
// illustration for them, so each shows, and is measured with, a real image and no network error.
import {readFileSync} from 'node:fs';

const PLACEHOLDER_ORIGIN = 'https://example.org/';
const PLACEHOLDER_IMAGE = readFileSync(new URL('../stories/assets/project-photo.svg', import.meta.url));

/** Answers a puppeteer `request` for a placeholder image; false when it is not one. */
export function answerPlaceholderImage(request) {
  if (!request.url().startsWith(PLACEHOLDER_ORIGIN) || request.resourceType() !== 'image') return false;
  void request.respond({status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE});
  return true;
}

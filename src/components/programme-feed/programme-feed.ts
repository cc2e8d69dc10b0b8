import {html, LitElement, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {ContextProvider} from '@lit/context';
import {feedContext, programmeContext, type FeedState} from '../../feed/feed-context.js';
import {FeedController} from '../../feed/feed-controller.js';
import {customElement} from '../../internal/define.js';
import {styles} from './programme-feed.styles.js';
import '../../elements.js'; // For its types: the tag map (HTMLElementTagNameMap).

const IDLE: FeedState = {status: 'idle'};

/**
 * Loads one programme feed and shares it with every element inside it, so a page that shows a
 * programme in several parts makes one request and names the feed once. The elements inside
 * need no `src`; they show the programme named by `programme` unless they name their own.
 *
 * The feed comes from, in order: the `feed` property; a `<script type="application/json">` child
 * holding the feed itself (no request at all: a server-rendered page inlines its feed so); or
 * `src`, loaded through the page-wide store, so any other element on the page with the same URL
 * shares the request. With inline data, `src` still says where the feed is published, and
 * relative links in it resolve against that.
 *
 * @summary Loads a programme feed once and provides it, and the chosen programme, to the elements inside it.
 *
 * @slot - The elements that show the feed, and optionally a `<script type="application/json">` holding the feed.
 *
 * @fires {FeedLoadEvent} feed-load - The feed is loaded and valid, and its content is being shown. Fired again after a refresh brings a new version.
 * @fires {FeedErrorEvent} feed-error - The feed could not be loaded, is not JSON, or is not a valid programme feed; `kind`, `message`, `status` and `problems` say why.
 */
@customElement('programme-feed')
export class ProgrammeFeedElement extends LitElement {
  static override styles = styles;

  /** URL of the programme feed, resolved against the page's base URL. Not requested when `feed` or an inline JSON script is given; relative links in the feed still resolve against it. */
  @property({reflect: true}) src: string | undefined = undefined;

  /** Id of the programme the elements inside show, unless they name their own; optional when the feed holds one programme. */
  @property({reflect: true}) programme: string | undefined = undefined;

  /** An already-parsed feed object: validated, then provided without any request. Takes precedence over inline JSON and `src`. */
  @property({attribute: false}) feed: unknown = undefined;

  // Providers as controllers rather than `@provide` fields: the values are only ever written
  // (in `willUpdate()`), and an explicit `setValue` says so without a write-only private field.
  private readonly stateProvider = new ContextProvider(this, {context: feedContext, initialValue: IDLE});
  private readonly programmeProvider = new ContextProvider(this, {context: programmeContext, initialValue: undefined});

  private readonly feedController = new FeedController(this, {watchInlineJson: true});

  protected override willUpdate(): void {
    this.stateProvider.setValue(this.feedController.sync());
    // An inner `<programme-feed>` without `programme` passes on the one an outer one names.
    this.programmeProvider.setValue(this.programme ?? this.feedController.contextProgramme);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

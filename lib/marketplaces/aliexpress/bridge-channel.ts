/**
 * A private channel between Buyer Guard's MAIN-world observer and its content script (isolated world)
 * on the same page, agreed at document_start before any page script runs, so the page can neither
 * forge nor read what goes through it. (window.postMessage, used before, is open to every script on
 * the page: any of them could post "observed responses".)
 *
 * How the two ends meet, in either order: each makes a detached node that no page script can reach
 * and announces it with a synchronous event on the document whose `relatedTarget` is that node (a DOM
 * node crosses worlds; each world gets its own wrapper of it). The end that runs second is heard by
 * the first, which answers on the announced node; from then on both use that node, never part of the
 * document, for every event, and neither listens on the document any more. An end still alone stops
 * listening at the first change the HTML parser makes to the document: the parser runs pending
 * microtasks (the observer's callback) before it runs any page script, so a page cannot announce
 * itself later.
 *
 * The built-ins used after that moment are captured when the end opens: a page that patches
 * EventTarget.prototype or CustomEvent later cannot intercept what the MAIN world sends (the isolated
 * world's built-ins are its own, and only it reads what arrives). Texts only: a string `detail` crosses worlds in Chrome and
 * Firefox alike. No dependencies: the MAIN-world script bundles this file.
 */

const HELLO = 'buyer-guard-bridge-hello';
const ANSWER = 'buyer-guard-bridge-answer';

export interface BridgeEnd {
  /** Sends a text to the other end; dropped while the ends have not met. */
  send(type: string, text: string): void;
  /**
   * Calls `handler` with the text of every event of `type` on the channel. Both ends share one node, so
   * an end hears its own sends too: each direction has its own type.
   */
  listen(type: string, handler: (text: string) => void): void;
  /** Whether the two ends have met. */
  isOpen(): boolean;
}

type BridgeWindow = Window & typeof globalThis;

export function openBridgeEnd(window: BridgeWindow): BridgeEnd {
  const document = window.document;
  const apply = Reflect.apply;
  const { addEventListener, removeEventListener, dispatchEvent } = window.EventTarget.prototype;
  const CustomEventOf = window.CustomEvent;
  const MouseEventOf = window.MouseEvent;
  const on = (target: EventTarget, type: string, listener: (event: Event) => void, capture = false) =>
    apply(addEventListener, target, [type, listener, capture]);
  const off = (target: EventTarget, type: string, listener: (event: Event) => void, capture = false) =>
    apply(removeEventListener, target, [type, listener, capture]);
  const dispatch = (target: EventTarget, event: Event) => apply(dispatchEvent, target, [event]);

  const own = document.createElement('span');
  let channel: EventTarget | null = null;
  const handlers: Array<[string, (text: string) => void]> = [];
  const attach = (type: string, handler: (text: string) => void) => {
    if (!channel) return;
    on(channel, type, (event) => {
      // Read only by the content script, whose built-ins the page cannot touch.
      const detail = (event as CustomEvent).detail;
      if (typeof detail === 'string') handler(detail);
    });
  };
  const meet = (node: EventTarget) => {
    channel = node;
    stopListening();
    for (const [type, handler] of handlers) attach(type, handler);
  };

  const onHello = (event: Event) => {
    const node = (event as MouseEvent).relatedTarget;
    if (channel || !node || node === own) return;
    dispatch(node, new CustomEventOf(ANSWER));
    meet(node);
  };
  const onAnswer = () => {
    if (!channel) meet(own);
  };
  const parser = new window.MutationObserver(() => stopListening());
  function stopListening() {
    off(document, HELLO, onHello, true);
    off(own, ANSWER, onAnswer);
    parser.disconnect();
  }

  on(own, ANSWER, onAnswer);
  on(document, HELLO, onHello, true);
  dispatch(document, new MouseEventOf(HELLO, { relatedTarget: own }));
  if (!channel) parser.observe(document, { childList: true, subtree: true });

  return {
    send(type, text) {
      if (channel) dispatch(channel, new CustomEventOf(type, { detail: text }));
    },
    listen(type, handler) {
      handlers.push([type, handler]);
      attach(type, handler);
    },
    isOpen: () => channel !== null,
  };
}

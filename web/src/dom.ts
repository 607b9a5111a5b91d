/**
 * DOM building without HTML strings: every piece of text goes in as a text node, so article text and
 * names from the database can never become markup.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  title?: string;
  /** internal routes only ("#/..."); external links go through externalLink */
  href?: string;
  id?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  onclick?: (event: MouseEvent) => void;
  attrs?: Record<string, string>;
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(parent, c));
  else parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.title) element.title = props.title;
  if (props.id) element.id = props.id;
  if (props.href !== undefined) {
    if (!props.href.startsWith("#")) throw new Error(`internal links only: ${props.href}`);
    element.setAttribute("href", props.href);
  }
  if (props.type) element.setAttribute("type", props.type);
  if (props.value !== undefined) (element as HTMLInputElement).value = props.value;
  if (props.placeholder) element.setAttribute("placeholder", props.placeholder);
  if (props.onclick) element.addEventListener("click", props.onclick as EventListener);
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  append(element, children);
  return element;
}

/** A link to another site, only for http(s) addresses; anything else is shown as plain text. */
export function externalLink(address: string, label: string = address): HTMLElement {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return h("span", {}, label);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return h("span", {}, label);
  const a = h("a", { attrs: { rel: "noopener noreferrer", target: "_blank" } }, label);
  a.href = url.href;
  return a;
}

/** A link to one of the server's own API addresses (a download), the only non-hash link besides externalLink. */
export function apiLink(path: string, label: string, className: string): HTMLAnchorElement {
  if (!path.startsWith("/api/")) throw new Error(`API links only: ${path}`);
  const a = h("a", { class: className, attrs: { download: "" } }, label);
  a.setAttribute("href", path);
  return a;
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A paragraph for an empty list, saying what would be here. */
export const empty = (message: string) => h("p", { class: "empty" }, message);

import { readKbFile } from "../kb/files.js";
import { parseByline } from "./byline.js";
import { wholeDate } from "./dates.js";
import type { DetectedMeta } from "./meta.js";
import { isPersonName, looksLikeOutlet, splitNameList } from "./names.js";

interface MetaKeys {
  title: string[];
  date: string[];
  authors: string[];
  outlet: string[];
  url: string[];
  articleTypes: string[];
}

type JsonObject = Record<string, unknown>;

/**
 * Title, date, authors, outlet and address from the page head: a schema.org article in JSON-LD
 * first, then <meta> tags (Open Graph, article:*, Dublin Core, ...), then the canonical link.
 * Must run before Readability, which changes the document.
 */
export function readHtmlMeta(document: Document): DetectedMeta {
  const keys = readKbFile<MetaKeys>("ingest-html-meta.json");
  const tags = metaTags(document);
  const tag = (names: string[]) => names.map((name) => tags.get(name)).find((value) => value);
  const found = jsonLdArticle(document, keys.articleTypes);
  const article = found && decodedStrings(document, found);
  const meta: DetectedMeta = { authors: article ? jsonLdAuthors(article.author) : [] };
  const title = text(article?.headline) ?? tag(keys.title);
  const date = [text(article?.datePublished), ...keys.date.map((name) => tags.get(name))]
    .map((value) => (value ? wholeDate(value) : null))
    .find((value) => value);
  const outlet = text(asObject(article?.publisher)?.name) ?? tag(keys.outlet);
  const url = tag(keys.url) ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? text(article?.url);
  if (!meta.authors.length) meta.authors = authorsFromTags(keys.authors.map((name) => tags.get(name)));
  return {
    ...meta,
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(outlet ? { outlet } : {}),
    ...(url?.trim() ? { url: url.trim() } : {}),
  };
}

/** <meta name|property|itemprop="KEY" content="VALUE">, keys without case; the first of each kept. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll("meta")) {
    const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop"))?.toLowerCase();
    const content = element.getAttribute("content")?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function jsonLdArticle(document: Document, articleTypes: string[]): JsonObject | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken JSON-LD block is common on real pages; the meta tags remain
    }
    const found = jsonLdObjects(data).find((object) => typesOf(object).some((type) => articleTypes.includes(type)));
    if (found) return found;
  }
  return undefined;
}

/** Every object of a JSON-LD value: arrays and @graph lists are opened. */
/**
 * A copy of a JSON-LD object with HTML entities in its strings decoded: JSON-LD sits in a <script>,
 * where the parser does not decode them, yet many sites write "&amp;" there.
 */
function decodedStrings(document: Document, object: JsonObject): JsonObject {
  const decode = (value: unknown): unknown => {
    if (typeof value === "string") return value.includes("&") ? entityDecoded(document, value) : value;
    if (Array.isArray(value)) return value.map(decode);
    const inner = asObject(value);
    return inner ? Object.fromEntries(Object.entries(inner).map(([key, v]) => [key, decode(v)])) : value;
  };
  return decode(object) as JsonObject;
}

function entityDecoded(document: Document, value: string): string {
  const element = document.createElement("div");
  element.innerHTML = value;
  return element.textContent ?? value;
}

function jsonLdObjects(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(jsonLdObjects);
  const object = asObject(data);
  if (!object) return [];
  return [object, ...jsonLdObjects(object["@graph"])];
}

function typesOf(object: JsonObject): string[] {
  const type = object["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

/** Person names of a JSON-LD author value (a string, an object or a list); organisations are skipped. */
function jsonLdAuthors(value: unknown): string[] {
  const entries = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return entries.flatMap((entry) => {
    const object = asObject(entry);
    if (object && typesOf(object).some((type) => type !== "Person")) return [];
    return personNames(object ? text(object.name) : text(entry));
  });
}

/** Authors from the first author tag that names people (a tag holding an address is skipped). */
function authorsFromTags(values: (string | undefined)[]): string[] {
  for (const value of values) {
    if (!value || /^https?:\/\//.test(value)) continue;
    const names = parseByline(value.replace(/^By\s+/i, ""))?.authors ?? personNames(value);
    if (names.length) return names;
  }
  return [];
}

function personNames(value: string | undefined): string[] {
  return value ? splitNameList(value).filter((name) => isPersonName(name) && !looksLikeOutlet(name)) : [];
}

function asObject(value: unknown): JsonObject | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

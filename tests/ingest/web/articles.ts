/**
 * Fictional news pages written for these tests: talks between invented parties, in the style of a
 * wire report. Each page has a headline, a byline, a date and several paragraphs with a quote.
 */
export interface TestArticle {
  slug: string;
  title: string;
  date: string;
  author: string;
  paragraphs: string[];
}

export const ARTICLES: TestArticle[] = [
  {
    slug: "port-talks-resume",
    title: "Port workers and operators resume talks in Calder",
    date: "2031-03-04",
    author: "Mira Solvang",
    paragraphs: [
      "CALDER — Negotiators for the Calder dockworkers' union and the port operators' association returned to the table on Tuesday after a two-week pause.",
      "“We came back because the members want a deal, not a fight,” said Tove Arnesen, the union's chief negotiator.",
      "The operators have offered a 4% raise over two years; the union is asking for 7% and limits on night shifts.",
      "A mediator appointed by the labour ministry will chair the sessions, which are expected to last until Friday.",
    ],
  },
  {
    slug: "border-commission-meets",
    title: "Border commission meets for first time in a year",
    date: "2031-03-05",
    author: "Pavel Idris",
    paragraphs: [
      "ESTREL — Delegations from Arvania and the Republic of Doln met in Estrel on Wednesday for the first session of their joint border commission in a year.",
      "“Every kilometre we agree on is a kilometre no one has to patrol,” Arvanian envoy Lena Kurtz told reporters after the meeting.",
      "The commission is to map the remaining 40 kilometres of disputed boundary along the Vesk river by the end of the year.",
      "Doln's delegation, led by deputy foreign minister Omar Haddani, said it would present its own survey at the next round.",
    ],
  },
  {
    slug: "nurses-reject-offer",
    title: "Nurses reject hospital group's pay offer",
    date: "2031-03-06",
    author: "Ines Barros",
    paragraphs: [
      "NORHAVEN — Nurses at the Norhaven hospital group voted on Thursday to reject a pay offer from management, raising the prospect of a strike next month.",
      "“The offer does not cover what our members lose to inflation,” said Carla Memmi, who chairs the nurses' council.",
      "Management had proposed a one-off payment of 1,200 crowns and a 3% rise from July.",
      "Both sides said they were willing to meet again before the end of the month.",
    ],
  },
  {
    slug: "fishing-quota-deal",
    title: "Coastal states agree fishing quota for the spring season",
    date: "2031-03-07",
    author: "Jon Aske",
    paragraphs: [
      "SKARVIK — Ministers from three coastal states agreed on Friday to cut the spring herring quota by 12% after two days of talks in Skarvik.",
      "“Nobody leaves this room happy, which is how you know it is fair,” said fisheries minister Elin Varga, who chaired the meeting.",
      "The agreement also sets up a joint inspection team that will board vessels from all three fleets.",
      "Fishing groups in the northern ports said they would study the text before deciding whether to challenge it.",
    ],
  },
];

/** The article as an HTML page, its text escaped; `charset` is declared in a <meta> when given. */
export function articlePage(article: TestArticle, options: { charset?: string } = {}): string {
  const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  return [
    "<!doctype html>",
    `<html lang="en"><head>${options.charset ? `<meta charset="${options.charset}">` : ""}`,
    `<title>${escape(article.title)} | The Harbour Courier</title>`,
    `<meta property="og:title" content="${escape(article.title)}">`,
    `<meta name="author" content="${article.author}">`,
    `<meta property="article:published_time" content="${article.date}T08:00:00Z">`,
    "</head><body>",
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>",
    `<article><h1>${escape(article.title)}</h1>`,
    ...article.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`),
    "</article>",
    "<footer>© The Harbour Courier</footer>",
    "</body></html>",
  ].join("\n");
}

/** An RSS 2.0 feed linking to the articles at `base`/news/SLUG. */
export function rssFeed(base: string, articles: TestArticle[]): string {
  const items = articles.map((article) => [
    "<item>",
    `<title>${article.title}</title>`,
    `<link>${base}/news/${article.slug}</link>`,
    `<guid isPermaLink="false">courier-${article.slug}</guid>`,
    `<pubDate>${new Date(`${article.date}T08:00:00Z`).toUTCString()}</pubDate>`,
    "</item>",
  ].join(""));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>The Harbour Courier</title><link>${base}/</link><description>Talks and deals</description>${items.join("\n")}</channel></rss>\n`;
}

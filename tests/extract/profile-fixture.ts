/** Fictional stories, one per kind of negotiation, written for the profile tests. */
export const STORIES = {
  "labour-contract": [
    "Dock workers vote to strike at Port Arvel",
    "",
    "PORT ARVEL - Members of the Harbour Workers Union voted on Monday to strike from next week after contract talks with the port employers broke down.",
    "",
    "The Harbour Workers Union wants a pay rise of 6 percent and an end to plans for 300 job cuts. The employers have offered 2 percent and say the job cuts are needed to keep the port open.",
    "",
    "\"Our members will not accept a pay offer that does not keep up with prices,\" said union leader Mara Tellen. A mediator from the national conciliation service will meet both sides on Thursday. The last walkout at the port, over pensions, lasted nine days.",
  ].join("\n"),
  "sovereign-debt": [
    "Veloria reaches debt accord with banks",
    "",
    "The government of Veloria agreed on Friday with its bank advisory committee to reschedule 4.2 billion dollars of foreign debt over 20 years at a spread of 7/8 percentage point over Libor.",
    "",
    "Finance Minister Oren Salt said the creditor banks had also agreed to new loans of 300 million dollars, and that the IMF was expected to approve a standby credit next month. Veloria stopped interest payments in March and has built up arrears of 600 million dollars. Creditors had demanded that Veloria resume payments before any rescheduling.",
  ].join("\n"),
  "commodity-accord": [
    "Cocoa producers fail to agree export quotas",
    "",
    "Producing countries of the Lumen Cocoa Organization ended a week of talks without agreeing how to share out export quotas, delegates said.",
    "",
    "Consuming countries want the buffer stock to defend a lower price band, while the biggest producers want their quota share raised to reflect higher output. Prices on the world market fell to a four-year low as traders expect overproduction to continue. The delegates will meet again in June to discuss quotas.",
  ].join("\n"),
};

/** A story that names no kind of negotiation. */
export const UNRELATED = "The city library reopened on Saturday after a year of repairs. Readers queued in the rain to see the new reading room, which has room for 200 people.";

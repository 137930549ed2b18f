/**
 * How news tells that a company's shares moved: a verb of price movement and a figure in percent
 * ("New Oriental fell 47 percent", "Lexin fell 11 per cent on Thursday and FinVolution 8 per cent",
 * "Shares of Peloton slid 9%"). In an article about a rule or shock aimed at a sector, the companies
 * whose shares it moved are its targets (eventFrame.ts).
 * Each example is a test (wording.test.ts): `moved` are the names the sentence tells moved.
 */
export const MOVE_VERB =
  /\b(?:fell|falls|falling|rose|rises|rising|slumped|slumps|jumped|jumps|dropped|drops|lost|loses|gained|gains|added|adds|tumbled|tumbles|plunged|plunges|plummeted|soared|soars|surged|surges|climbed|climbs|slid|slides|sank|sinks|rallied|rallies|declined|declines|advanced|advances|sagged|shed|sheds|skidded|slipped|slips|spiked|spikes|jumping|sliding|crashed|crashes|cratered|tanked|dived|dove|popped|leapt|leaped|retreated|recovered|rebounded|rebounds|(?:closed|ended|finished|traded|opened)\s+(?:down|up|lower|higher))\b/i;

/** A figure in percent right after a move ("47 percent", "11 per cent", "6.5%", "nearly a fifth"). */
export const PERCENT_FIGURE = /^\s*(?:as\s+much\s+as\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|some\s+|over\s+|up\s+to\s+|by\s+)*[\d.,]+\s*(?:%|percent\b|per\s+cent\b|pc\b)/i;

/**
 * Words that may stand between a name and its move: a ticker in brackets, "'s", where or how it is
 * listed, the share nouns ("Alibaba's Hong Kong-listed shares fell"); any other word ("revenue",
 * "profit") makes the move another figure's.
 */
export const BETWEEN_NAME_AND_MOVE =
  /^(?:\s|\([^)]*\)|['’]s\b|\b(?:[A-Z][\w.&-]*|shares?|stocks?|ADRs?|depositary|receipts|listed|-listed|also|have|has|had|were|was|which|on|in|early|late|trading|its|their)\b|[,-])*$/;

/** How many characters may stand between a name and its move verb ("(NASDAQ: LX)", "'s Hong Kong shares"). */
export const MOVE_REACH = 60;

export const PRICE_MOVE_EXAMPLES: readonly { readonly text: string; readonly moved: readonly string[] }[] = [
  { text: "In Hong Kong, New Oriental Education (9901.HK) fell 47 percent on Monday.", moved: ["New Oriental Education"] },
  { text: "Lexin fell 11 per cent on Thursday and FinVolution 8 per cent.", moved: ["Lexin", "FinVolution"] },
  { text: "360 DigiTech lost 6 per cent and Lufax 4 per cent, the smallest drop.", moved: ["360 DigiTech", "Lufax"] },
  { text: "Shares of Peloton slid 9% before the bell.", moved: ["Peloton"] },
  { text: "Robinhood rose about 7% in late trading and AppLovin around 6%.", moved: ["Robinhood", "AppLovin"] },
  { text: "Tencent Holdings (0700.HK), the world's largest gaming company by revenue, lost 12.4%.", moved: ["Tencent Holdings"] },
  { text: "NetEase Inc. (9999.HK), whose Hong Kong shares are quoted as NTES-S, fell 24.6%.", moved: ["NetEase Inc."] },
  { text: "NetEase closed down 24.6 percent in Hong Kong, its worst day on record.", moved: ["NetEase"] },
  { text: "Tencent's revenue rose 11% to 172 billion yuan.", moved: [] },
  { text: "Apple lost its case at the appeals court.", moved: [] },
];

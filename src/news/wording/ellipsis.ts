/**
 * Sentences that leave their predicate out and take the previous sentence's: "Apple's Tim Cook was not
 * among those at the meeting. Nor was Nvidia's Jensen Huang." (the same absence), "Tencent's Pony Ma
 * attended. So did Xiaomi's Lei Jun." (the same presence). The named companies take the role the
 * previous sentence gave its companies, when it gave them one role.
 * Each example is a test (wording.test.ts).
 */
export const ELLIPSIS_OPENING = /^(?:(?:and|but)\s+)?(?:nor|neither|so|likewise)\s+(?:was|were|did|had|has|is|are|could|would|will)\b|^(?:the\s+same\s+(?:went|goes)\s+for)\b/i;

export const ELLIPSIS_EXAMPLES: readonly { readonly text: string; readonly opens: boolean }[] = [
  { text: "Nor was Nvidia's Jensen Huang, who had been in the region.", opens: true },
  { text: "So did Xiaomi's Lei Jun.", opens: true },
  { text: "The same went for Baidu.", opens: true },
  { text: "So far Baidu has said nothing.", opens: false },
  { text: "Neither company commented.", opens: false },
];

/** A line that reads like the first line of a draft: the extension's `firstLine` and the CLI use it. */
export const DRAFT_FIRST_LINE = /^\ufeff?\s*(Final [Cc]ommuniqu[ée](?=[\s,:.]|$)|Final Document of\b|Resolution adopted by\b|The (General Assembly|Security Council|Human Rights Council|Economic and Social Council),)/;

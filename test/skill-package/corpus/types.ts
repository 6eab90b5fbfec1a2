/**
 * Natural phrasings per intent: "what the runner says | slot=value ...". A slot's value is its
 * number (AMAZON.NUMBER, as digits) or its custom value's id; slots not listed must stay empty.
 */
export type Corpus = Readonly<Record<string, readonly string[]>>;

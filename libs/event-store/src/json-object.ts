/** Event data and metadata as stored: a JSON object. Its own file, so the hash chain and the port's types need not import each other. */
export type JsonObject = { [key: string]: unknown };

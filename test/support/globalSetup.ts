// Filled in by the store work: starts an in-memory dynalite for the whole run.
export default async function globalSetup(): Promise<void> {}

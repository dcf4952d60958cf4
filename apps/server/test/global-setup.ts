// Placeholder: replaced by the real database setup. Pure packages run with NETRA_TEST_NO_DB=1.
export default async function setup(): Promise<void> {}

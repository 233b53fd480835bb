import { stopTestDatabase } from './test-database.js';

// Stops the shared test database (and removes its folder) after the whole run.
after(async () => {
  await stopTestDatabase();
});

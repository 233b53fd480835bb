// Importing `natural` calls dotenv.config(), which prints a banner unless told to be quiet. This module
// is imported before `natural` so the variable is set in time (ESM evaluates imports in order).
process.env.DOTENV_CONFIG_QUIET ??= 'true';

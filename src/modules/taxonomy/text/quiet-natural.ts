// natural runs dotenv.config() when imported, which prints a banner; this module is imported first to silence it.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
export {};

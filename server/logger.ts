/** The slice of pino the non-HTTP layers log through, so they do not depend on Fastify. */
export interface Logger {
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
  debug(context: object, message: string): void;
}

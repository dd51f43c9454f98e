import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CATALOGUE, type ErrorCode } from '../../domain/errors.js';

function body(code: ErrorCode, message: string, details?: unknown) {
  return { error: { code, message, ...(details !== undefined ? { details } : {}) } };
}

/**
 * Errors the router raises before any route or error handler runs (a malformed URL, a path parameter
 * longer than the router accepts): the same `{ error: { code, message } }` shape, never Fastify's own.
 */
export function frameworkErrors(_error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).send(body('BAD_REQUEST', ERROR_CATALOGUE.BAD_REQUEST.message));
}

/** The one place that turns failures into `{ error: { code, message, details } }`. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === 'RATE_LIMITED' && typeof error.details === 'object' && error.details && 'retryAfterSeconds' in error.details) {
        void reply.header('retry-after', String((error.details as { retryAfterSeconds: number }).retryAfterSeconds));
      }
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      const details = fe.validation.map((v) => ({
        path: v.instancePath || (typeof v.params?.missingProperty === 'string' ? `/${v.params.missingProperty}` : ''),
        message: v.message ?? 'is not valid',
        keyword: v.keyword,
        in: fe.validationContext ?? 'body',
      }));
      return reply.status(400).send(body('VALIDATION_FAILED', ERROR_CATALOGUE.VALIDATION_FAILED.message, details));
    }
    const status = fe.statusCode ?? 500;
    if (status === 413 || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', ERROR_CATALOGUE.PAYLOAD_TOO_LARGE.message));
    }
    if (status === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', ERROR_CATALOGUE.UNSUPPORTED_MEDIA_TYPE.message));
    }
    if (status === 429) return reply.status(429).send(body('RATE_LIMITED', ERROR_CATALOGUE.RATE_LIMITED.message));
    if (status >= 400 && status < 500) {
      // Malformed JSON, bad content length and the like: the client's fault, with no details to leak.
      return reply.status(400).send(body('BAD_REQUEST', ERROR_CATALOGUE.BAD_REQUEST.message));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      void reply.header('retry-after', '5');
      return reply.status(503).send(body('SERVICE_UNAVAILABLE', ERROR_CATALOGUE.SERVICE_UNAVAILABLE.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL_ERROR', ERROR_CATALOGUE.INTERNAL_ERROR.message));
  });
}

function isDatabaseUnavailable(error: Error): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ECONNREFUSED' || code === '57P01' || code === '57P03' || code === '53300' || /Connection terminated/.test(error.message);
}

import { rm } from 'node:fs/promises';
import { uploadRefusal } from '@cong/shared';
import { answerError } from '../errors/answer';

interface ParsedFile {
  filepath: string;
  originalFilename?: string | null;
  name?: string;
}

/**
 * Runs after strapi::body on every route: whatever route a file reaches (the media library,
 * its "replace", the REST upload, a route added later), it is kept only when its name is on
 * the portal's list (@cong/shared UPLOAD_TYPES) and its bytes are what the name says. Anything
 * else is refused in Vietnamese before Strapi stores it, and the parser's temporary files are
 * removed either way it ends.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  const files = Object.values((ctx.request.files ?? {}) as Record<string, ParsedFile | ParsedFile[]>).flat();
  if (!files.length) return next();
  try {
    const { sniffedType } = await import('../uploads/sniff');
    for (const file of files) {
      const refusal = uploadRefusal(file.originalFilename ?? file.name ?? '', await sniffedType(file.filepath));
      if (refusal) {
        return answerError(ctx, 400, 'ValidationError', refusal);
      }
    }
    await next();
  } finally {
    await Promise.all(files.map((file) => rm(file.filepath, { force: true })));
  }
};

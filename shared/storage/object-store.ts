import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { UnreadableDocumentError } from '../errors.js';

export interface StoredObject {
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly versionId: string | null;
}

/**
 * Reads one object, refusing anything larger than `maxBytes` before downloading it.
 * Returns null when the object no longer exists (deleted after its event was sent).
 */
export async function readObject(
  s3: S3Client,
  location: { bucket: string; key: string; versionId?: string | null },
  maxBytes: number,
): Promise<StoredObject | null> {
  try {
    const response = await s3.send(
      new GetObjectCommand({
        Bucket: location.bucket,
        Key: location.key,
        ...(location.versionId ? { VersionId: location.versionId } : {}),
      }),
    );
    const size = response.ContentLength ?? 0;
    if (size > maxBytes) {
      response.Body?.transformToWebStream().cancel();
      throw new UnreadableDocumentError(`the document is ${size} bytes, over the ${maxBytes}-byte size limit`);
    }
    const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
    return {
      bytes,
      contentType: response.ContentType ?? null,
      etag: response.ETag?.replaceAll('"', '') ?? null,
      versionId: response.VersionId ?? null,
    };
  } catch (error) {
    if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound')) return null;
    throw error;
  }
}

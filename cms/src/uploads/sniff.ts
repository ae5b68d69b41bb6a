/** What a file's bytes say it is (file-type's name for it), or undefined when they say nothing. */
export async function sniffedType(filepath: string): Promise<string | undefined> {
  // file-type is an ES module; Node loads it from the CMS's CommonJS output with require(esm).
  const { fileTypeFromFile } = await import('file-type');
  return (await fileTypeFromFile(filepath).catch(() => undefined))?.mime;
}

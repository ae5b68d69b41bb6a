import { Flex, Typography } from '@strapi/design-system';

// Past this many, the others are counted, not listed: the panel sits beside the editor's form.
const OTHERS_LISTED = 3;

/**
 * The files the live site went out without, as sentences for editors: this entry's first and in
 * full (they are the editor's to fix), then a few of other entries'.
 */
export function BrokenReferences({ mine, others }: { mine: string[]; others: string[] }) {
  if (!mine.length && !others.length) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      {mine.map((sentence) => (
        <Typography key={sentence} textColor="danger600">
          {sentence}
        </Typography>
      ))}
      {others.length > 0 && (
        <>
          <Typography variant="pi" fontWeight="bold">{`Nội dung khác trên trang công khai đang thiếu ${others.length} ảnh, tệp:`}</Typography>
          {others.slice(0, OTHERS_LISTED).map((sentence) => (
            <Typography key={sentence} variant="pi">
              {sentence}
            </Typography>
          ))}
          {others.length > OTHERS_LISTED && <Typography variant="pi">{`… và ${others.length - OTHERS_LISTED} ảnh, tệp khác.`}</Typography>}
        </>
      )}
    </Flex>
  );
}

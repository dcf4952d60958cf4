import { List, Stack, Text } from '@mantine/core';
import { parseAppealBody, type AppealTextRun } from '@netra/contracts';

const Runs = ({ runs }: { runs: AppealTextRun[] }) => (
  <>
    {runs.map((r, i) =>
      r.bold ? (
        <strong key={i}>{r.text}</strong>
      ) : r.italics ? (
        <em key={i}>{r.text}</em>
      ) : (
        <span key={i}>{r.text}</span>
      ),
    )}
  </>
);

/** The appeal body rendered from its Markdown-like text: React elements only, never HTML strings. */
export function AppealBodyView({ body }: { body: string }) {
  return (
    <Stack gap="xs">
      {parseAppealBody(body).map((block, i) =>
        block.kind === 'paragraph' ? (
          <Text key={i}>
            <Runs runs={block.runs} />
          </Text>
        ) : (
          <List key={i} type={block.kind === 'numbers' ? 'ordered' : 'unordered'} withPadding>
            {block.items.map((item, j) => (
              <List.Item key={j}>
                <Runs runs={item} />
              </List.Item>
            ))}
          </List>
        ),
      )}
    </Stack>
  );
}

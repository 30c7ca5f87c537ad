import { Box, Text } from '@mantine/core';

/** A short description list (label: value), laid out as two columns. */
export function FactList({ facts }: { facts: ReadonlyArray<readonly [string, string]> }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4 }}
    >
      {facts.map(([label, value]) => (
        <Box key={label} style={{ display: 'contents' }}>
          <Text component="dt" c="dimmed" size="sm">
            {label}
          </Text>
          <Text component="dd" m={0} size="sm">
            {value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}

import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

type ScrollTableProps = { minWidth: number; caption: string; children: ReactNode };

/**
 * A striped table that scrolls sideways on narrow screens instead of widening the page. The scroll
 * area is focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ minWidth, caption, children }: ScrollTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}

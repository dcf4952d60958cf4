import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '@netra/contracts';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { useNetwork } from '../api/monitoring-api';

const ROW = 34;
const WIDTH = 760;

/** A two-column graph: ASN accounts left, candidate accounts right, line width by interactions. */
function NetworkGraph({ network }: { network: Network }) {
  const { t } = useTranslation();
  const left = network.nodes.filter((n) => n.type === 'asn_account');
  const right = network.nodes.filter((n) => n.type === 'candidate_account');
  const y = new Map<string, number>();
  left.forEach((n, i) => y.set(n.id, 24 + i * ROW));
  right.forEach((n, i) => y.set(n.id, 24 + i * ROW));
  const height = 24 + Math.max(left.length, right.length) * ROW;
  const max = Math.max(1, ...network.edges.map((e) => e.interactions));
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={t('monitoring.network.graph', { edges: network.edges.length })}
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
      >
        {network.edges.map((e) => (
          <line
            key={`${e.source}>${e.target}`}
            x1={250}
            y1={y.get(e.source)}
            x2={WIDTH - 250}
            y2={y.get(e.target)}
            stroke="var(--mantine-color-red-6)"
            strokeOpacity={0.6}
            strokeWidth={1 + (5 * e.interactions) / max}
          />
        ))}
        {left.map((n) => (
          <g key={n.id}>
            <circle cx={250} cy={y.get(n.id)} r={6} fill="var(--mantine-color-blue-7)" />
            <text x={240} y={(y.get(n.id) ?? 0) + 4} textAnchor="end" fontSize={12} fill="#1a1b1e">
              {`${n.label} · ${n.owner ?? ''}`.slice(0, 36)}
            </text>
          </g>
        ))}
        {right.map((n) => (
          <g key={n.id}>
            <circle cx={WIDTH - 250} cy={y.get(n.id)} r={6} fill="var(--mantine-color-grape-7)" />
            <text x={WIDTH - 240} y={(y.get(n.id) ?? 0) + 4} fontSize={12} fill="#1a1b1e">
              {`${n.label} · ${n.owner ?? ''}`.slice(0, 36)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

export function NetworkView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState('');
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const network = useNetwork(regionCode);
  const byId = new Map(network.data?.nodes.map((n) => [n.id, n]));
  const show = (event: FormEvent) => {
    event.preventDefault();
    setRegionCode(draft.trim() || undefined);
  };
  return (
    <Stack>
      <form onSubmit={show}>
        <Group align="flex-end">
          <TextInput
            label={t('monitoring.network.region')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            w={200}
          />
          <Button type="submit">{t('monitoring.network.show')}</Button>
        </Group>
      </form>
      <ErrorAlert message={errorText.message(network.error)} />
      {network.data && network.data.edges.length === 0 && <Text>{t('monitoring.network.empty')}</Text>}
      {network.data && network.data.edges.length > 0 && (
        <>
          <NetworkGraph network={network.data} />
          {network.data.truncated && <Text size="sm">{t('monitoring.network.truncated')}</Text>}
          <ScrollTable minWidth={640} caption={t('monitoring.network.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitoring.network.asnAccount')}</Table.Th>
                <Table.Th>{t('monitoring.network.candidateAccount')}</Table.Th>
                <Table.Th>{t('monitoring.network.interactions')}</Table.Th>
                <Table.Th>{t('monitoring.network.types')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {network.data.edges.map((e) => {
                const from = byId.get(e.source);
                const to = byId.get(e.target);
                return (
                  <Table.Tr key={`${e.source}>${e.target}`} data-testid="network-edge">
                    <Table.Td>
                      {from?.platform} {from?.label} — {from?.owner}
                    </Table.Td>
                    <Table.Td>
                      {to?.label} — {to?.owner}
                    </Table.Td>
                    <Table.Td>{e.interactions}</Table.Td>
                    <Table.Td>
                      {Object.entries(e.types)
                        .map(([type, n]) => `${type} ${n}`)
                        .join(', ')}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}

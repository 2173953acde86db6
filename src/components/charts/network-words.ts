/** What the network's marks say and link to, in the page's language: shared by /rete/ and the ego-networks. */
import { pathTo, useTranslations, type Locale } from '../../i18n/index.ts';
import type { EdgeKind, GraphNode, NodeKind } from '../../lib/network/graph.ts';

const SECTION = { project: 'projects', partner: 'partners', territory: 'territories' } as const;

export function networkWords(locale: Locale) {
  const t = useTranslations(locale);
  return {
    hrefOf: (node: GraphNode) => pathTo(locale, SECTION[node.kind], node.entryId),
    nodeTitle: (node: GraphNode) => t(`network.nodeTitle.${node.kind}`, { name: node.label, count: node.degree }),
    legend: {
      project: t('network.kind.project'),
      partner: t('network.kind.partner'),
      territory: t('network.kind.territory'),
      member: t('network.edge.member'),
      place: t('network.edge.place'),
      'co-partner': t('network.edge.coPartner'),
    } satisfies Record<NodeKind | EdgeKind, string>,
  };
}

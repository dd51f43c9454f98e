/** Health, stats and taxonomy: read-only data every page may use. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiFetch } from './client';
import { keys } from './keys';
import type { Concept, Health, Stats } from './types';

export function useHealth() {
  return useQuery({ queryKey: keys.health, queryFn: () => apiFetch<Health>('/health'), staleTime: 5 * 60_000 });
}

export function useStats() {
  return useQuery({ queryKey: keys.stats, queryFn: () => apiFetch<Stats>('/stats'), staleTime: 60_000 });
}

export interface Taxonomy {
  concepts: Concept[];
  byCode: Map<string, Concept>;
  sectors: Concept[];
  keywords: Concept[];
}

export function useTaxonomy() {
  const query = useQuery({
    queryKey: keys.taxonomy,
    queryFn: () => apiFetch<{ concepts: Concept[] }>('/taxonomy'),
    staleTime: 30 * 60_000,
  });
  const taxonomy = useMemo<Taxonomy>(() => {
    const concepts = query.data?.concepts ?? [];
    return {
      concepts,
      byCode: new Map(concepts.map((c) => [c.code, c])),
      sectors: concepts.filter((c) => c.kind === 'sector'),
      keywords: concepts.filter((c) => c.kind === 'keyword'),
    };
  }, [query.data]);
  return { ...query, taxonomy };
}

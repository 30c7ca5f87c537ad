import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EnvelopeError } from '../../../shared/contract';
import type { Participant } from '../../../shared/schemas/participant';
import { call } from '../../lib/api';

/** Rows fetched per participants.search call; the list asks for pages as they scroll into view. */
export const PAGE_SIZE = 100;

export interface ParticipantPages {
  total: number | null;
  /** Row index → participant, for the pages fetched so far. */
  rowAt(index: number): Participant | undefined;
  /** Fetches the pages covering rows start..end (inclusive) that are not loaded or loading yet. */
  ensureRange(start: number, end: number): void;
  error: EnvelopeError | null;
  reload(): void;
}

/**
 * Debounced search over the registry, paged on demand: only the pages the virtualised list
 * shows are fetched, so 50,000 matches cost a few small calls, never one huge reply.
 */
export function useParticipantSearch(query: string, delay = 250): ParticipantPages {
  const [debounced] = useDebouncedValue(query.trim(), delay);
  // The total belongs to one search (query + reload count); a stale one reads as "not known yet".
  const [result, setResult] = useState<{ key: string; total: number } | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [, setTick] = useState(0);
  const [version, setVersion] = useState(0);
  const pages = useRef(new Map<number, Participant[]>());
  const pending = useRef(new Set<number>());
  // A reply for an old query (or before a reload) must not land in the new result.
  const generation = useRef(0);

  const key = `${version}|${debounced}`;
  const fetchPage = useCallback(
    (page: number, gen: number) => {
      pending.current.add(page);
      void call('participants.search', { query: debounced, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (reply) => {
          if (gen !== generation.current) return;
          pending.current.delete(page);
          if (!reply.ok) {
            setError(reply.error);
            return;
          }
          pages.current.set(page, reply.value.items);
          setResult({ key: `${version}|${debounced}`, total: reply.value.total });
          setError(null);
          setTick((n) => n + 1);
        },
      );
    },
    [debounced, version],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    fetchPage(0, generation.current);
  }, [fetchPage]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++) {
        if (!pages.current.has(page) && !pending.current.has(page)) fetchPage(page, generation.current);
      }
    },
    [fetchPage],
  );

  const rowAt = useCallback(
    (index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [],
  );

  const total = result?.key === key ? result.total : null;
  return { total, rowAt, ensureRange, error, reload: () => setVersion((v) => v + 1) };
}

import { useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';

const NeedChangedSubscription = graphql(`
  subscription NeedChanged($regionCode: String!) {
    needChanged(regionCode: $regionCode) {
      kind
      at
      need {
        id
        status
        claimedBy
      }
    }
  }
`);

const MatchChangedSubscription = graphql(`
  subscription MatchChanged($organisationId: ID!) {
    matchChanged(organisationId: $organisationId) {
      kind
      at
      match {
        id
        status
      }
    }
  }
`);

export interface NeedChange {
  kind: string;
  at: string;
  need: { id: string; status: string; claimedBy?: string | null };
}

/**
 * 'unavailable' when the server refuses the subscription or has no WebSocket endpoint (an older
 * API, a proxy without upgrades): the pages then work as before, without live updates.
 */
export type LiveState = 'connecting' | 'live' | 'unavailable' | 'off';

function useLive<Data>(result: { data?: Data; error?: unknown }, enabled: boolean, onData: (data: Data) => void): LiveState {
  const callback = useRef(onData);
  callback.current = onData;
  const [state, setState] = useState<LiveState>(enabled ? 'connecting' : 'off');
  useEffect(() => {
    if (!enabled) return setState('off');
    if (result.error) return setState('unavailable');
    if (result.data) {
      setState('live');
      callback.current(result.data);
    }
  }, [enabled, result.data, result.error]);
  return state;
}

/** Calls onChange for every change of a need in the region. */
export function useNeedChanges(regionCode: string | null | undefined, onChange: (change: NeedChange) => void): LiveState {
  const [result] = useSubscription({ query: NeedChangedSubscription, variables: { regionCode: regionCode ?? '' }, pause: !regionCode });
  return useLive(result, !!regionCode, (data) => onChange(data.needChanged));
}

/** Calls onChange for every change of a match of the organisation's resources and projects. */
export function useMatchChanges(organisationId: string | null | undefined, onChange: () => void): LiveState {
  const [result] = useSubscription({ query: MatchChangedSubscription, variables: { organisationId: organisationId ?? '' }, pause: !organisationId });
  return useLive(result, !!organisationId, () => onChange());
}

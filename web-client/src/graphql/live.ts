import { useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';

// Subscriptions arrived with the clearance issue (issue 5). This document is a plain string, kept out
// of code generation, so that the client builds and runs against an API without them: the pages then
// work without live updates.
const NeedChangedSubscription = `
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
`;

export interface NeedChange {
  kind: string;
  at: string;
  need: { id: string; status: string; claimedBy?: string | null };
}

export type LiveState = 'connecting' | 'live' | 'unavailable' | 'off';

/** Calls onChange for every change of a need in the region; says whether live updates work. */
export function useNeedChanges(regionCode: string | null | undefined, onChange: (change: NeedChange) => void): LiveState {
  const callback = useRef(onChange);
  callback.current = onChange;
  const [state, setState] = useState<LiveState>(regionCode ? 'connecting' : 'off');
  const [result] = useSubscription<{ needChanged: NeedChange }>({
    query: NeedChangedSubscription,
    variables: { regionCode: regionCode ?? '' },
    pause: !regionCode,
  });

  useEffect(() => {
    if (!regionCode) return setState('off');
    if (result.error) return setState('unavailable');
    if (result.data?.needChanged) {
      setState('live');
      callback.current(result.data.needChanged);
    }
  }, [regionCode, result.data, result.error]);
  return state;
}

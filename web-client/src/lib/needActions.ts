import type { Role } from '../auth/session';

export type NeedAction = 'claim' | 'release' | 'propose' | 'clear' | 'note' | 'verify' | 'seeHousehold' | 'reassign' | 'cancel' | 'reopen';

export const openStatuses = ['REPORTED', 'VERIFIED', 'CLAIMED', 'MATCHED', 'IN_SERVICE'] as const;
export const allStatuses = [...openStatuses, 'CLEARED', 'CANCELLED'] as const;

interface NeedState {
  status: string;
  claimedBy?: string | null;
}
interface Viewer {
  login: string;
  role: Role;
}

const served = ['CLAIMED', 'MATCHED', 'IN_SERVICE'];
const isOfficer = (role: Role) => role === 'SUBDISTRICT_OFFICER' || role === 'ADMIN';

/**
 * What the viewer may do with a need now, as the API's state machine (NeedTransitions) and
 * permissions allow; the buttons follow it, and the API still has the last word.
 */
export function needActions(need: NeedState, viewer: Viewer): Set<NeedAction> {
  const actions = new Set<NeedAction>();
  const holds = need.claimedBy === viewer.login && (openStatuses as readonly string[]).includes(need.status);
  const follows = holds || isOfficer(viewer.role);
  const keepsFiles = viewer.role === 'COMMUNITY_STAFF' || isOfficer(viewer.role);

  if (viewer.role === 'SOCIAL_WORKER' && !need.claimedBy && (need.status === 'REPORTED' || need.status === 'VERIFIED')) actions.add('claim');
  if (need.status === 'CLAIMED' && follows) actions.add('release');
  if (served.includes(need.status) && follows) {
    actions.add('propose');
    actions.add('clear');
  }
  if (need.status === 'REPORTED' && keepsFiles) actions.add('verify');
  if (served.includes(need.status) && isOfficer(viewer.role)) actions.add('reassign');
  // A duplicate or ineligible need: its holder or those who keep the area's files call it off.
  if ((openStatuses as readonly string[]).includes(need.status) && (holds || keepsFiles)) actions.add('cancel');
  if ((need.status === 'CLEARED' || need.status === 'CANCELLED') && (need.claimedBy === viewer.login || isOfficer(viewer.role))) actions.add('reopen');
  if (viewer.role !== 'DONOR' && viewer.role !== 'SOCIAL_ORG') actions.add('note');
  if (holds || keepsFiles) actions.add('seeHousehold');
  return actions;
}

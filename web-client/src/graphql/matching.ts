import { graphql } from '../gql';

// Matches and suggestions: a match's resource and project, suggestions both ways, a match's steps, the office's allocation plan.

/** What a match's or suggestion's resource shows wherever it is listed: what it is, and whose. */
export const MatchResource = graphql(`
  fragment MatchResource on Resource {
    id
    title
    unit
    organisation {
      name
    }
  }
`);

/** What a match's or suggestion's charity project shows wherever it is listed: what it is, and whose. */
export const MatchProject = graphql(`
  fragment MatchProject on CharityProject {
    id
    name
    organisation {
      name
    }
  }
`);

export const NeedSuggestionsQuery = graphql(`
  query NeedSuggestions($id: ID!) {
    suggestMatches(needId: $id, first: 20) {
      score
      distanceMeters
      reasonDetails {
        ...ReasonDetail
      }
      resource {
        ...MatchResource
        kind
        remainingCapacity
      }
      charityProject {
        ...MatchProject
        remainingCapacity
      }
    }
  }
`);

export const NeedsNearResourceQuery = graphql(`
  query NeedsNearResource($id: ID!) {
    suggestNeedsForResource(resourceId: $id, first: 20) {
      score
      distanceMeters
      reasonDetails {
        ...ReasonDetail
      }
      need {
        id
        publicSummary
        categoryCode
        urgency
        status
        region {
          name
        }
        approximateLocation {
          coordinates
        }
      }
    }
  }
`);

export const ProposeMatchMutation = graphql(`
  mutation ProposeMatch($input: ProposeMatchInput!, $idempotencyKey: String) {
    proposeMatch(input: $input, idempotencyKey: $idempotencyKey) {
      id
      status
      need {
        id
        status
      }
    }
  }
`);

export const EnrolInProjectMutation = graphql(`
  mutation EnrolNeedInProject($needId: ID!, $projectId: ID!, $note: String, $idempotencyKey: String) {
    enrolNeedInProject(needId: $needId, projectId: $projectId, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
      need {
        id
        status
      }
    }
  }
`);

export const AcceptMatchMutation = graphql(`
  mutation AcceptMatch($matchId: ID!, $idempotencyKey: String) {
    acceptMatch(matchId: $matchId, idempotencyKey: $idempotencyKey) {
      id
      status
      resource {
        id
        remainingCapacity
      }
    }
  }
`);

export const DeclineMatchMutation = graphql(`
  mutation DeclineMatch($matchId: ID!, $reason: String, $idempotencyKey: String) {
    declineMatch(matchId: $matchId, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

export const MarkDeliveredMutation = graphql(`
  mutation MarkDelivered($matchId: ID!, $note: String, $idempotencyKey: String) {
    markDelivered(matchId: $matchId, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
      deliveredAt
    }
  }
`);

export const CancelMatchMutation = graphql(`
  mutation CancelMatch($matchId: ID!, $reason: String!, $idempotencyKey: String) {
    cancelMatch(matchId: $matchId, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

export const PlanAllocationQuery = graphql(`
  query PlanAllocation($regionCode: String!) {
    planAllocation(regionCode: $regionCode) {
      needsConsidered
      needsCovered
      matches {
        quantity
        distanceMeters
        need {
          ...PlannedNeed
        }
        resource {
          ...MatchResource
        }
        charityProject {
          ...MatchProject
        }
      }
      uncovered {
        reasonKind
        need {
          ...PlannedNeed
        }
      }
    }
  }

  fragment PlannedNeed on Need {
    id
    publicSummary
    urgency
    region {
      name
    }
  }
`);

export const ApplyAllocationMutation = graphql(`
  mutation ApplyAllocation($matches: [ProposeMatchInput!]!, $idempotencyKey: String) {
    applyAllocation(matches: $matches, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

/** Accepted matches whose organisation is suspended: the households were promised them (officers, admins). */
export const MatchesToFollowUpQuery = graphql(`
  query MatchesToFollowUp($regionCode: String) {
    matchesToFollowUp(regionCode: $regionCode) {
      id
      quantity
      decidedAt
      need {
        id
        publicSummary
        categoryCode
        region {
          name
        }
      }
      resource {
        ...MatchResource
      }
      charityProject {
        ...MatchProject
      }
    }
  }
`);

import { graphql } from '../gql';

export const NeedsListQuery = graphql(`
  query NeedsList($filter: NeedFilter, $orderBy: NeedOrderBy, $first: Int) {
    needs(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        publicSummary
        categoryCode
        status
        urgency
        dueDate
        reportedAt
        claimedBy
        region {
          code
          name
        }
        approximateLocation {
          coordinates
        }
      }
    }
  }
`);

export const AreaShapesQuery = graphql(`
  query AreaShapes($code: String!) {
    region(code: $code) {
      code
      name
      boundary {
        coordinates
      }
      children {
        code
        name
        boundary {
          coordinates
        }
        children {
          code
          name
          boundary {
            coordinates
          }
        }
      }
    }
  }
`);

export const ClaimNeedMutation = graphql(`
  mutation ClaimNeed($needId: ID!, $idempotencyKey: String) {
    claimNeed(needId: $needId, idempotencyKey: $idempotencyKey) {
      id
      status
      claimedBy
      claimedAt
    }
  }
`);

export const ReleaseClaimMutation = graphql(`
  mutation ReleaseClaim($needId: ID!, $note: String, $idempotencyKey: String) {
    releaseClaim(needId: $needId, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
      claimedBy
    }
  }
`);

export const VerifyNeedMutation = graphql(`
  mutation VerifyNeed($needId: ID!, $note: String, $idempotencyKey: String) {
    verifyNeed(needId: $needId, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

export const ClearNeedMutation = graphql(`
  mutation ClearNeed($needId: ID!, $note: String!, $idempotencyKey: String) {
    clearNeed(needId: $needId, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
      clearedAt
      clearanceNote
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNeedNote($needId: ID!, $note: String!, $idempotencyKey: String) {
    addNeedNote(needId: $needId, note: $note, idempotencyKey: $idempotencyKey) {
      id
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

export const CancelNeedMutation = graphql(`
  mutation CancelNeed($needId: ID!, $reason: String!, $idempotencyKey: String) {
    cancelNeed(needId: $needId, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
      cancellationReason
    }
  }
`);

export const ReopenNeedMutation = graphql(`
  mutation ReopenNeed($needId: ID!, $reason: String!, $idempotencyKey: String) {
    reopenNeed(needId: $needId, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
      clearanceNote
      cancellationReason
    }
  }
`);

export const ReassignClaimMutation = graphql(`
  mutation ReassignClaim($needId: ID!, $toLogin: String!, $note: String, $idempotencyKey: String) {
    reassignClaim(needId: $needId, toLogin: $toLogin, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
      claimedBy
    }
  }
`);

export const CaseworkersForNeedQuery = graphql(`
  query CaseworkersForNeed($needId: ID!) {
    caseworkersForNeed(needId: $needId) {
      login
      displayName
      openNeedsHeld
    }
  }
`);

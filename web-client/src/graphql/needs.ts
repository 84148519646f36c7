import { graphql } from '../gql';

// The needs list and a need's case: reading it, its personal data, and every step of its lifecycle.

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

export const NeedDetailQuery = graphql(`
  query NeedDetail($id: ID!) {
    need(id: $id) {
      id
      publicSummary
      categoryCode
      status
      urgency
      dueDate
      reportedAt
      reportedBy
      claimedBy
      claimedAt
      clearedAt
      clearanceNote
      cancellationReason
      quantity
      unit
      isRecurring
      region {
        code
        name
        parent {
          name
        }
      }
      household {
        id
        memberCount
        riskLevel
        assistanceStatuses
        labels
      }
      matches {
        id
        status
        quantity
        proposedAt
        proposedBy
        decidedAt
        deliveredAt
        resource {
          ...MatchResource
        }
        charityProject {
          ...MatchProject
        }
      }
      timeline {
        id
        at
        actor
        kind
        fromStatus
        toStatus
        note
      }
    }
  }
`);

/** Personal data: asked only by those allowed to see it, since every read is recorded. */
export const NeedPersonalQuery = graphql(`
  query NeedPersonal($id: ID!) {
    need(id: $id) {
      id
      privateDescription
      household {
        id
        headName
        phone
        address
      }
    }
  }
`);

export const ReportNeedMutation = graphql(`
  mutation ReportNeed($input: ReportNeedInput!, $idempotencyKey: String) {
    reportNeed(input: $input, idempotencyKey: $idempotencyKey) {
      id
      publicSummary
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

import { graphql } from '../gql';

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

import { graphql } from '../gql';

// An organisation's resources: listing, reading, posting, editing, withdrawing, and what delivery needs.

export const OrganisationResourcesQuery = graphql(`
  query OrganisationResources($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
      kind
      regionCode
      isSuspended
      suspendedAt
      suspensionReason
      location {
        coordinates
      }
    }
    resources(filter: { organisationId: $organisationId, statuses: [OPEN, HELD, EXHAUSTED, WITHDRAWN] }, first: 50) {
      totalCount
      nodes {
        id
        title
        kind
        categoryCode
        quantity
        remainingCapacity
        unit
        serviceRadiusMeters
        status
        availableUntil
        matches {
          id
          status
        }
      }
    }
  }
`);

/** Where the organisation is: a new resource starts there, on a map of its region. */
export const OrganisationPlaceQuery = graphql(`
  query OrganisationPlace($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      regionCode
      location {
        coordinates
      }
    }
  }
`);

export const ResourceDetailQuery = graphql(`
  query ResourceDetail($id: ID!) {
    resource(id: $id) {
      id
      title
      kind
      categoryCode
      description
      quantity
      remainingCapacity
      unit
      serviceRadiusMeters
      status
      availableFrom
      availableUntil
      postedAt
      location {
        coordinates
      }
      organisation {
        id
        name
        isSuspended
        suspensionReason
      }
      matches {
        id
        status
        quantity
        proposedAt
        proposedBy
        decidedAt
        deliveredAt
        need {
          id
          publicSummary
          categoryCode
          urgency
          region {
            name
          }
        }
      }
    }
  }
`);

/** What delivery requires, for accepted matches only (the API refuses the others: FORBIDDEN, ignored). */
export const ResourceDeliveriesQuery = graphql(`
  query ResourceDeliveries($id: ID!) {
    resource(id: $id) {
      id
      matches {
        id
        delivery {
          headName
          phone
          address
        }
      }
    }
  }
`);

export const PostResourceMutation = graphql(`
  mutation PostResource($input: ResourceInput!, $idempotencyKey: String) {
    postResource(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const UpdateResourceMutation = graphql(`
  mutation UpdateResource($resourceId: ID!, $input: ResourceInput!, $idempotencyKey: String) {
    updateResource(resourceId: $resourceId, input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const WithdrawResourceMutation = graphql(`
  mutation WithdrawResource($resourceId: ID!, $reason: String, $idempotencyKey: String) {
    withdrawResource(resourceId: $resourceId, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

import { graphql } from '../gql';

// Organisations joining: the applicant applies and reads the outcome without an account; the
// sub-district's officers and admins list, approve and reject.

export const ApplyForOrganisationMutation = graphql(`
  mutation ApplyForOrganisation($input: OrganisationApplicationInput!, $idempotencyKey: String) {
    applyForOrganisation(input: $input, idempotencyKey: $idempotencyKey) {
      id
      reference
      name
      status
      submittedAt
    }
  }
`);

/** What the applicant reads with the reference: the outcome, and the login to sign in with once approved. */
export const ApplicationStatusQuery = graphql(`
  query ApplicationStatus($reference: String!) {
    organisationApplication(reference: $reference) {
      id
      reference
      name
      kind
      status
      submittedAt
      decidedAt
      rejectionReason
      staffLogin
      region {
        code
        name
      }
    }
  }
`);

export const ApplicationFieldsFragment = graphql(`
  fragment ApplicationFields on OrganisationApplication {
    id
    reference
    name
    kind
    status
    creditCode
    address
    contactName
    contactPhone
    categoryCodes
    description
    submittedAt
    decidedAt
    rejectionReason
    staffLogin
    regionCode
    region {
      code
      name
      parent {
        name
      }
    }
  }
`);

/** The applications of a region (the officer's sub-district when none is given), newest first. */
export const OrganisationApplicationsQuery = graphql(`
  query OrganisationApplications($regionCode: String, $status: ApplicationStatus) {
    organisationApplications(regionCode: $regionCode, status: $status) {
      ...ApplicationFields
    }
  }
`);

export const ApproveOrganisationMutation = graphql(`
  mutation ApproveOrganisation($applicationId: ID!, $staffLogin: String, $idempotencyKey: String) {
    approveOrganisation(applicationId: $applicationId, staffLogin: $staffLogin, idempotencyKey: $idempotencyKey) {
      ...ApplicationFields
    }
  }
`);

export const RejectOrganisationMutation = graphql(`
  mutation RejectOrganisation($applicationId: ID!, $reason: String!, $idempotencyKey: String) {
    rejectOrganisation(applicationId: $applicationId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...ApplicationFields
    }
  }
`);

/** The organisations of a region (admins: all): whether verified or suspended, and why. */
export const OrganisationsQuery = graphql(`
  query Organisations($kind: OrganisationKind, $regionCode: String, $verified: Boolean, $suspended: Boolean) {
    organisations(kind: $kind, regionCode: $regionCode, verified: $verified, suspended: $suspended) {
      ...OrganisationStanding
      kind
      contactPhone
      region {
        code
        name
      }
    }
  }
`);

export const OrganisationStandingFragment = graphql(`
  fragment OrganisationStanding on Organisation {
    id
    name
    isVerified
    isSuspended
    suspendedAt
    suspensionReason
  }
`);

/** Organisations to pick for a staff account (a donor's: enterprises; a social organisation's: theirs). */
export const OrganisationChoicesQuery = graphql(`
  query OrganisationChoices($kind: OrganisationKind) {
    organisations(kind: $kind) {
      id
      name
      region {
        name
      }
    }
  }
`);

export const VerifyOrganisationMutation = graphql(`
  mutation VerifyOrganisation($organisationId: ID!, $idempotencyKey: String) {
    verifyOrganisation(organisationId: $organisationId, idempotencyKey: $idempotencyKey) {
      ...OrganisationStanding
    }
  }
`);

export const SuspendOrganisationMutation = graphql(`
  mutation SuspendOrganisation($organisationId: ID!, $reason: String!, $idempotencyKey: String) {
    suspendOrganisation(organisationId: $organisationId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...OrganisationStanding
    }
  }
`);

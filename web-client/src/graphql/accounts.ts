import { graphql } from '../gql';

// Accounts, as those who manage them see them: admins every account, an officer their
// sub-district's social workers and community staff, an organisation's lead its staff.

export const UserAccountFieldsFragment = graphql(`
  fragment UserAccountFields on UserAccount {
    login
    displayName
    email
    role
    regionCode
    region {
      code
      name
    }
    organisationId
    organisation {
      id
      name
    }
    leadsOrganisation
    isActive
    isLinked
  }
`);

export const UserAccountsQuery = graphql(`
  query UserAccounts($filter: UserAccountFilter, $first: Int, $after: String) {
    userAccounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UserAccountFields
      }
    }
  }
`);

/**
 * Whether the signed-in person manages any accounts at all: `me` does not say whether a member of
 * an organisation's staff leads it, so its staff ask and read FORBIDDEN as "no".
 */
export const ManagesAccountsQuery = graphql(`
  query ManagesAccounts {
    userAccounts(first: 0) {
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const CreateUserAccountMutation = graphql(`
  mutation CreateUserAccount($input: UserAccountInput!, $idempotencyKey: String) {
    createUserAccount(input: $input, idempotencyKey: $idempotencyKey) {
      ...UserAccountFields
    }
  }
`);

export const UpdateUserAccountMutation = graphql(`
  mutation UpdateUserAccount($login: String!, $input: UserAccountChangesInput!, $idempotencyKey: String) {
    updateUserAccount(login: $login, input: $input, idempotencyKey: $idempotencyKey) {
      ...UserAccountFields
    }
  }
`);

export const DeactivateUserAccountMutation = graphql(`
  mutation DeactivateUserAccount($login: String!, $reason: String, $idempotencyKey: String) {
    deactivateUserAccount(login: $login, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...UserAccountFields
    }
  }
`);

export const ReactivateUserAccountMutation = graphql(`
  mutation ReactivateUserAccount($login: String!, $idempotencyKey: String) {
    reactivateUserAccount(login: $login, idempotencyKey: $idempotencyKey) {
      ...UserAccountFields
    }
  }
`);

import { graphql } from '../gql';

// Households: registering, reading the file (a recorded read) and updating it.

export const RegisterHouseholdMutation = graphql(`
  mutation RegisterHousehold($input: HouseholdInput!, $idempotencyKey: String) {
    registerHousehold(input: $input, idempotencyKey: $idempotencyKey) {
      id
      headName
    }
  }
`);

export const UpdateHouseholdMutation = graphql(`
  mutation UpdateHousehold($householdId: ID!, $input: HouseholdInput!, $idempotencyKey: String) {
    updateHousehold(householdId: $householdId, input: $input, idempotencyKey: $idempotencyKey) {
      id
      headName
      riskLevel
    }
  }
`);

/** A household's whole file, reached through one of its needs: to correct or update it (a recorded read). */
export const HouseholdFileQuery = graphql(`
  query HouseholdFile($needId: ID!) {
    need(id: $needId) {
      id
      household {
        id
        headName
        phone
        idNumber
        address
        memberCount
        riskLevel
        labels
        monthlyIncome
        housingCondition
        hasFamilySupport
        assistanceStatuses
        location {
          coordinates
        }
      }
    }
  }
`);

/** Households behind the community's recent needs: to report another need for one of them. */
export const RecentHouseholdsQuery = graphql(`
  query RecentHouseholds($code: String!) {
    needs(filter: { regionCode: $code }, first: 50) {
      nodes {
        id
        household {
          id
          headName
          address
        }
      }
    }
  }
`);

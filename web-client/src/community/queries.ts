import { graphql } from '../gql';

export const CommunityQuery = graphql(`
  query Community($code: String!) {
    region(code: $code) {
      code
      name
      level
      centroid {
        coordinates
      }
      boundary {
        coordinates
      }
    }
  }
`);

export const RegisterHouseholdMutation = graphql(`
  mutation RegisterHousehold($input: HouseholdInput!, $idempotencyKey: String) {
    registerHousehold(input: $input, idempotencyKey: $idempotencyKey) {
      id
      headName
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

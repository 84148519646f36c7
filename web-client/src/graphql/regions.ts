import { graphql } from '../gql';

/** The districts and their sub-districts: for pickers of a region (the office's, a project's target regions). */
export const DistrictsQuery = graphql(`
  query Districts {
    regions {
      code
      name
      children {
        code
        name
      }
    }
  }
`);

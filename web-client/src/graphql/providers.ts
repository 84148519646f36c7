import { graphql } from '../gql';

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

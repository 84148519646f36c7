import { graphql } from '../gql';

// Charity projects of a social organisation.

export const OrganisationProjectsQuery = graphql(`
  query OrganisationProjects($organisationId: ID!) {
    charityProjects(filter: { organisationId: $organisationId }) {
      ...ProjectFields
    }
  }

  fragment ProjectFields on CharityProject {
    id
    name
    description
    status
    categoryCodes
    capacityHouseholds
    remainingCapacity
    startsOn
    endsOn
    fundedBy
    targetRegions {
      code
      name
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CharityProjectInput!, $idempotencyKey: String) {
    createCharityProject(input: $input, idempotencyKey: $idempotencyKey) {
      ...ProjectFields
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($projectId: ID!, $input: CharityProjectInput!, $idempotencyKey: String) {
    updateCharityProject(projectId: $projectId, input: $input, idempotencyKey: $idempotencyKey) {
      ...ProjectFields
    }
  }
`);

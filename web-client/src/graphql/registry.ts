import { graphql } from '../gql';

// The household registry (issue 18): cohort search, a household's file with its members,
// duplicate suspects, and the map's household layer.

export const LabelVocabularyQuery = graphql(`
  query LabelVocabulary {
    labelDimensions {
      code
      name
      nameEn
    }
    labels {
      code
      name
      nameEn
      appliesTo
      dimensionCode
    }
  }
`);

export const HouseholdSearchQuery = graphql(`
  query HouseholdSearch($filter: HouseholdFilter, $first: Int, $after: String) {
    households(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        headName
        address
        memberCount
        riskLevel
        assistanceStatuses
        labels
        community {
          code
          name
        }
      }
    }
  }
`);

/** A household's file by id (household(id): the caseworkers of its area and admins). */
export const HouseholdFilePageQuery = graphql(`
  query HouseholdFilePage($id: ID!) {
    household(id: $id) {
      ...RegistryHousehold
    }
  }
`);

export const RegistryHouseholdFragment = graphql(`
  fragment RegistryHousehold on Household {
    id
    headName
    phone
    address
    memberCount
    riskLevel
    assistanceStatuses
    labels
    monthlyIncome
    housingCondition
    hasFamilySupport
    registeredAt
    community {
      code
      name
    }
    members(includeRemoved: true) {
      id
      name
      relation
      sex
      birthDate
      age
      idNumber
      disabilityType
      disabilityGrade
      chronicIllness
      employmentStatus
      schoolStage
      inFinalYear
      livesAlone
      labels
      removedAt
      removalReason
    }
    needs {
      id
      publicSummary
      status
      urgency
    }
  }
`);

export const AddHouseholdMemberMutation = graphql(`
  mutation AddHouseholdMember($householdId: ID!, $input: HouseholdMemberInput!, $idempotencyKey: String) {
    addHouseholdMember(householdId: $householdId, input: $input, idempotencyKey: $idempotencyKey) {
      ...RegistryHousehold
    }
  }
`);

export const UpdateHouseholdMemberMutation = graphql(`
  mutation UpdateHouseholdMember($memberId: ID!, $input: HouseholdMemberInput!, $idempotencyKey: String) {
    updateHouseholdMember(memberId: $memberId, input: $input, idempotencyKey: $idempotencyKey) {
      ...RegistryHousehold
    }
  }
`);

export const RemoveHouseholdMemberMutation = graphql(`
  mutation RemoveHouseholdMember($memberId: ID!, $reason: String!, $idempotencyKey: String) {
    removeHouseholdMember(memberId: $memberId, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...RegistryHousehold
    }
  }
`);

export const DuplicateSuspectsQuery = graphql(`
  query DuplicateSuspects($regionCode: String!) {
    duplicateSuspects(regionCode: $regionCode) {
      reasons
      samePhone
      nameSimilarity
      addressSimilarity
      firstCommunityCode
      secondCommunityCode
      first {
        id
        headName
        address
        phone
        memberCount
        registeredAt
        community {
          name
        }
      }
      second {
        id
        headName
        address
        phone
        memberCount
        registeredAt
        community {
          name
        }
      }
    }
  }
`);

export const DismissDuplicateSuspectMutation = graphql(`
  mutation DismissDuplicateSuspect($firstHouseholdId: ID!, $secondHouseholdId: ID!, $reason: String!, $idempotencyKey: String) {
    dismissDuplicateSuspect(firstHouseholdId: $firstHouseholdId, secondHouseholdId: $secondHouseholdId, reason: $reason, idempotencyKey: $idempotencyKey) {
      dismissedAt
    }
  }
`);

export const MergeHouseholdsMutation = graphql(`
  mutation MergeHouseholds($keptHouseholdId: ID!, $mergedHouseholdId: ID!, $reason: String!, $idempotencyKey: String) {
    mergeHouseholds(keptHouseholdId: $keptHouseholdId, mergedHouseholdId: $mergedHouseholdId, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const HouseholdsMapQuery = graphql(`
  query HouseholdsMap($regionCode: String!, $highRiskPoints: Boolean) {
    householdsMap(regionCode: $regionCode, highRiskPoints: $highRiskPoints) {
      features {
        type
        id
        geometry
        properties {
          kind
          regionCode
          regionName
          households
          byRiskLevel {
            riskLevel
            households
          }
          householdId
          riskLevel
        }
      }
    }
  }
`);

import { graphql } from '../gql';

// An office's figures: clearance rates, the needs map, overdue needs, coverage gaps.

export const ClearanceDashboardQuery = graphql(`
  query ClearanceDashboard($regionCode: String!, $from: DateOnly, $to: DateOnly, $areaGroup: ClearanceGroupBy!) {
    byArea: clearanceStats(regionCode: $regionCode, from: $from, to: $to, groupBy: $areaGroup) {
      total {
        ...Figures
      }
      groups {
        key
        label
        figures {
          ...Figures
        }
      }
    }
    byCategory: clearanceStats(regionCode: $regionCode, from: $from, to: $to, groupBy: CATEGORY) {
      groups {
        key
        label
        figures {
          ...Figures
        }
      }
    }
    byMonth: clearanceStats(regionCode: $regionCode, from: $from, to: $to, groupBy: MONTH) {
      groups {
        key
        label
        figures {
          ...Figures
        }
      }
    }
  }

  fragment Figures on ClearanceFigures {
    collected
    cleared
    open
    overdue
    cancelled
    clearanceRate
    medianDaysToClear
    p90DaysToClear
  }
`);

export const NeedsMapQuery = graphql(`
  query NeedsMap($regionCode: String!, $level: RegionLevel) {
    needsMap(regionCode: $regionCode, level: $level) {
      type
      features {
        type
        id
        geometry
        properties {
          kind
          regionCode
          regionName
          collected
          cleared
          open
          overdue
          clearanceRate
          needId
          categoryCode
          urgency
          status
        }
      }
    }
  }
`);

export const OverdueNeedsQuery = graphql(`
  query OverdueNeeds($regionCode: String!) {
    overdueNeeds(regionCode: $regionCode, first: 20) {
      totalCount
      nodes {
        id
        publicSummary
        categoryCode
        urgency
        status
        dueDate
        claimedBy
        region {
          name
        }
      }
    }
  }
`);

export const CoverageGapsQuery = graphql(`
  query CoverageGaps($regionCode: String!) {
    coverageGaps(regionCode: $regionCode) {
      openNeeds
      uncoveredNeeds
      gaps {
        openNeeds
        uncoveredNeeds
        category {
          code
          name
          nameEn
        }
        region {
          code
          name
        }
      }
    }
  }
`);

import { graphql } from '../gql';

/** A region file checked (dryRun: true, the preview) or written (dryRun: false) by an admin. */
export const ImportRegionsMutation = graphql(`
  mutation ImportRegions($geojson: String!, $dryRun: Boolean!) {
    importRegions(geojson: $geojson, dryRun: $dryRun) {
      dryRun
      applied
      unchanged
      added {
        index
        code
        name
        level
        parentCode
        population
        hasBoundary
      }
      changed {
        index
        code
        level
        nameBefore
        nameAfter
        nameChanged
        populationBefore
        populationAfter
        populationChanged
        boundaryChanged
        centroidChanged
      }
      problems {
        index
        code
        problem
        message
      }
    }
  }
`);

import { graphql } from '../gql';

// Regions: the districts for pickers, a community, an office's region, an area's shapes for maps.

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

export const OfficeRegionQuery = graphql(`
  query OfficeRegion($code: String!) {
    region(code: $code) {
      code
      name
      level
      parent {
        name
      }
    }
  }
`);

export const AreaShapesQuery = graphql(`
  query AreaShapes($code: String!) {
    region(code: $code) {
      code
      name
      boundary {
        coordinates
      }
      children {
        code
        name
        boundary {
          coordinates
        }
        children {
          code
          name
          boundary {
            coordinates
          }
        }
      }
    }
  }
`);

/** One level of the region tree: the districts, or the children of a region (a picker walks down). */
export const RegionChildrenQuery = graphql(`
  query RegionChildren($parentCode: String) {
    regions(parentCode: $parentCode) {
      code
      name
      level
    }
  }
`);

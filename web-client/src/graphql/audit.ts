import { graphql } from '../gql';

// The administrative audit log (admins): who did what, when, to which record, before and after.

export const AdminAuditLogQuery = graphql(`
  query AdminAuditLog($filter: AdminAuditFilter, $first: Int) {
    adminAuditLog(filter: $filter, first: $first) {
      id
      at
      actor
      action
      subjectType
      subjectId
      before
      after
    }
  }
`);

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <summary>
    /// Every timeline entry announces itself on the channel 'marketplace_changes' when its
    /// transaction commits (NOTIFY is transactional: a refused command announces nothing), so
    /// that every API instance listening on the database can tell its subscribers.
    /// </summary>
    public partial class ChangeNotices : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_need_event() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('marketplace_changes', json_build_object(
                        'needId', NEW.need_id,
                        'regionCode', (SELECT n.region_code FROM needs n WHERE n.id = NEW.need_id),
                        'kind', NEW.kind,
                        'at', NEW.at,
                        'matchId', NEW.match_id,
                        'organisationId', (SELECT coalesce(r.organisation_id, p.organisation_id)
                                           FROM matches m
                                           LEFT JOIN resources r ON r.id = m.resource_id
                                           LEFT JOIN charity_projects p ON p.id = m.charity_project_id
                                           WHERE m.id = NEW.match_id))::text);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER need_events_notify AFTER INSERT ON need_events
                    FOR EACH ROW EXECUTE FUNCTION notify_need_event();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER need_events_notify ON need_events;
                DROP FUNCTION notify_need_event();
                """);
        }
    }
}

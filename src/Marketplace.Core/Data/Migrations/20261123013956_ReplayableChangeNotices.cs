using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <summary>
    /// A change notice names its timeline entry, and is written by one function that the trigger
    /// and an API instance catching up after losing its listening connection both call.
    /// </summary>
    public partial class ReplayableChangeNotices : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION need_event_notice(e need_events) RETURNS text LANGUAGE sql STABLE AS $$
                    SELECT json_build_object(
                        'eventId', e.id,
                        'needId', e.need_id,
                        'regionCode', (SELECT n.region_code FROM needs n WHERE n.id = e.need_id),
                        'kind', e.kind,
                        'at', e.at,
                        'matchId', e.match_id,
                        'organisationId', (SELECT coalesce(r.organisation_id, p.organisation_id)
                                           FROM matches m
                                           LEFT JOIN resources r ON r.id = m.resource_id
                                           LEFT JOIN charity_projects p ON p.id = m.charity_project_id
                                           WHERE m.id = e.match_id))::text
                $$;

                CREATE OR REPLACE FUNCTION notify_need_event() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('marketplace_changes', need_event_notice(NEW));
                    RETURN NULL;
                END $$;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION notify_need_event() RETURNS trigger LANGUAGE plpgsql AS $$
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

                DROP FUNCTION need_event_notice(need_events);
                """);
        }
    }
}

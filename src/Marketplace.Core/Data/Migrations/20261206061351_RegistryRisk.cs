using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <summary>
    /// Early warnings on the change feed (warningChanged), as needs are on it (needChanged): a
    /// timeline of every warning raised and every change of its status, written by a trigger in the
    /// transaction of the change, whoever makes it (a command, a set-based sweep), and announced on
    /// the channel marketplace_warnings; read back by the feed after a lost connection. Hand-written:
    /// the model has no use for the table, written by the trigger and read by the feed alone.
    /// </summary>
    public partial class RegistryRisk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE warning_events (
                    id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_warning_events PRIMARY KEY,
                    warning_id uuid NOT NULL CONSTRAINT fk_warning_events_warnings_warning_id REFERENCES warnings (id),
                    status character varying(32) NOT NULL,
                    at timestamp with time zone NOT NULL);
                CREATE INDEX ix_warning_events_warning_id ON warning_events (warning_id);

                CREATE FUNCTION warning_event_notice(e warning_events) RETURNS text LANGUAGE sql STABLE AS $$
                    SELECT json_build_object(
                        'eventId', e.id,
                        'warningId', e.warning_id,
                        'communityCode', (SELECT w.community_code FROM warnings w WHERE w.id = e.warning_id),
                        'status', e.status,
                        'at', e.at)::text
                $$;

                CREATE FUNCTION record_warning_event() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    entry warning_events;
                BEGIN
                    INSERT INTO warning_events (warning_id, status, at)
                    VALUES (NEW.id, NEW.status,
                            coalesce(CASE NEW.status WHEN 'Open' THEN NEW.raised_at WHEN 'Acknowledged' THEN NEW.acknowledged_at ELSE NEW.resolved_at END, now()))
                    RETURNING * INTO entry;
                    PERFORM pg_notify('marketplace_warnings', warning_event_notice(entry));
                    RETURN NULL;
                END $$;

                CREATE TRIGGER warnings_raised AFTER INSERT ON warnings
                    FOR EACH ROW EXECUTE FUNCTION record_warning_event();
                CREATE TRIGGER warnings_status_changed AFTER UPDATE OF status ON warnings
                    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION record_warning_event();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER warnings_status_changed ON warnings;
                DROP TRIGGER warnings_raised ON warnings;
                DROP FUNCTION record_warning_event();
                DROP FUNCTION warning_event_notice(warning_events);
                DROP TABLE warning_events;
                """);
        }
    }
}

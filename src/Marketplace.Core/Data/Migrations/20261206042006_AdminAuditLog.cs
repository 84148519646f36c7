using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdminAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admin_audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_entries_actor_at",
                table: "admin_audit_entries",
                columns: new[] { "actor", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_entries_at",
                table: "admin_audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_entries_subject_type_subject_id",
                table: "admin_audit_entries",
                columns: new[] { "subject_type", "subject_id" });

            // Administrative acts are recorded, never changed or erased: not even by the application.
            migrationBuilder.Sql("""
                CREATE FUNCTION admin_audit_entries_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'admin_audit_entries are never changed or deleted' USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER admin_audit_entries_final BEFORE UPDATE OR DELETE ON admin_audit_entries
                    FOR EACH ROW EXECUTE FUNCTION admin_audit_entries_are_final();
                CREATE TRIGGER admin_audit_entries_not_truncated BEFORE TRUNCATE ON admin_audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_entries_are_final();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER admin_audit_entries_not_truncated ON admin_audit_entries;
                DROP TRIGGER admin_audit_entries_final ON admin_audit_entries;
                DROP FUNCTION admin_audit_entries_are_final();
                """);

            migrationBuilder.DropTable(
                name: "admin_audit_entries");
        }
    }
}

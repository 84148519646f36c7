using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NeedLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_activity_at",
                table: "needs",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "verified_at",
                table: "needs",
                type: "timestamp with time zone",
                nullable: true);

            // Needs that existed before: their activity and verification are what their timelines say.
            migrationBuilder.Sql("""
                UPDATE needs SET
                    last_activity_at = COALESCE((SELECT max(e.at) FROM need_events e WHERE e.need_id = needs.id), reported_at),
                    verified_at = (SELECT min(e.at) FROM need_events e WHERE e.need_id = needs.id AND e.kind = 'Verified');
                """);

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    operation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    result_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.actor, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_needs_status_last_activity_at",
                table: "needs",
                columns: new[] { "status", "last_activity_at" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropIndex(
                name: "ix_needs_status_last_activity_at",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "last_activity_at",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "verified_at",
                table: "needs");
        }
    }
}

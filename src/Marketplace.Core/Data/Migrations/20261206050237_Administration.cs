using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Administration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "user_accounts",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "leads_organisation",
                table: "user_accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "population",
                table: "regions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "credit_code",
                table: "organisations",
                type: "character(18)",
                fixedLength: true,
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "suspended_at",
                table: "organisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "suspension_reason",
                table: "organisations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retired_at",
                table: "need_categories",
                type: "timestamp with time zone",
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "organisation_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    credit_code = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    region_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category_codes = table.Column<string[]>(type: "text[]", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    staff_login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisation_applications_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organisation_applications_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_email",
                table: "user_accounts",
                column: "email",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_regions_population",
                table: "regions",
                sql: "population IS NULL OR population >= 0");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_credit_code",
                table: "organisations",
                column: "credit_code",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_organisation_applications_organisation_id",
                table: "organisation_applications",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_applications_pending_credit_code",
                table: "organisation_applications",
                column: "credit_code",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_applications_reference",
                table: "organisation_applications",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_applications_region_code_status",
                table: "organisation_applications",
                columns: new[] { "region_code", "status" });

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

            migrationBuilder.DropTable(
                name: "organisation_applications");

            migrationBuilder.DropIndex(
                name: "ix_user_accounts_email",
                table: "user_accounts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_regions_population",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "ix_organisations_credit_code",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "email",
                table: "user_accounts");

            migrationBuilder.DropColumn(
                name: "leads_organisation",
                table: "user_accounts");

            migrationBuilder.DropColumn(
                name: "population",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "credit_code",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "suspended_at",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "suspension_reason",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "retired_at",
                table: "need_categories");
        }
    }
}

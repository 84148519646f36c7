using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Identity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "personal_data_reads",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_data_reads", x => x.id);
                    table.ForeignKey(
                        name: "fk_personal_data_reads_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_accounts",
                columns: table => new
                {
                    login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    region_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_accounts", x => x.login);
                    table.CheckConstraint("ck_user_accounts_scope", "(role IN ('Donor', 'SocialOrg') AND organisation_id IS NOT NULL AND region_code IS NULL) OR (role IN ('CommunityStaff', 'SocialWorker', 'SubDistrictOfficer') AND region_code IS NOT NULL AND organisation_id IS NULL) OR (role = 'Admin')");
                    table.ForeignKey(
                        name: "fk_user_accounts_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_user_accounts_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_reads_at",
                table: "personal_data_reads",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_reads_household_id_at",
                table: "personal_data_reads",
                columns: new[] { "household_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_external_id",
                table: "user_accounts",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_organisation_id",
                table: "user_accounts",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_region_code",
                table: "user_accounts",
                column: "region_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "personal_data_reads");

            migrationBuilder.DropTable(
                name: "user_accounts");
        }
    }
}

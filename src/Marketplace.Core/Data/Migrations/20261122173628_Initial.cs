using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "need_categories",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_categories", x => x.code);
                    table.ForeignKey(
                        name: "fk_need_categories_need_categories_parent_code",
                        column: x => x.parent_code,
                        principalTable: "need_categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parent_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: true),
                    centroid = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    boundary = table.Column<Polygon>(type: "geography (polygon, 4326)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.code);
                    table.CheckConstraint("ck_regions_code_digits", "code ~ '^[0-9]{12}$'");
                    table.ForeignKey(
                        name: "fk_regions_regions_parent_code",
                        column: x => x.parent_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    member_count = table.Column<int>(type: "integer", nullable: false),
                    assistance_status = table.Column<int>(type: "integer", maxLength: 32, nullable: false),
                    risk_level = table.Column<short>(type: "smallint", maxLength: 32, nullable: false),
                    labels = table.Column<List<string>>(type: "text[]", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_households", x => x.id);
                    table.ForeignKey(
                        name: "fk_households_regions_community_code",
                        column: x => x.community_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_verified = table.Column<bool>(type: "boolean", nullable: false),
                    region_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_personal_data",
                columns: table => new
                {
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    head_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_personal_data", x => x.household_id);
                    table.ForeignKey(
                        name: "fk_household_personal_data_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "needs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    public_summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    private_description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: true),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    urgency = table.Column<short>(type: "smallint", maxLength: 32, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    is_recurring = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    claimed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cleared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    clearance_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs", x => x.id);
                    table.CheckConstraint("ck_needs_quantity_positive", "quantity IS NULL OR quantity > 0");
                    table.ForeignKey(
                        name: "fk_needs_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_needs_need_categories_category_code",
                        column: x => x.category_code,
                        principalTable: "need_categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_needs_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "charity_projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    category_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    capacity_households = table.Column<int>(type: "integer", nullable: false),
                    remaining_capacity = table.Column<int>(type: "integer", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    funded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charity_projects", x => x.id);
                    table.CheckConstraint("ck_charity_projects_capacity", "capacity_households > 0 AND remaining_capacity BETWEEN 0 AND capacity_households");
                    table.CheckConstraint("ck_charity_projects_period", "ends_on IS NULL OR starts_on <= ends_on");
                    table.ForeignKey(
                        name: "fk_charity_projects_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    remaining_capacity = table.Column<int>(type: "integer", nullable: false),
                    location = table.Column<Point>(type: "geography (point, 4326)", nullable: false),
                    service_radius_meters = table.Column<double>(type: "double precision", nullable: false),
                    available_from = table.Column<DateOnly>(type: "date", nullable: true),
                    available_until = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resources", x => x.id);
                    table.CheckConstraint("ck_resources_availability", "available_until IS NULL OR available_from IS NULL OR available_from <= available_until");
                    table.CheckConstraint("ck_resources_quantity_positive", "quantity > 0");
                    table.CheckConstraint("ck_resources_radius", "service_radius_meters > 0 AND service_radius_meters <= 200000");
                    table.CheckConstraint("ck_resources_remaining_within_quantity", "remaining_capacity BETWEEN 0 AND quantity");
                    table.ForeignKey(
                        name: "fk_resources_need_categories_category_code",
                        column: x => x.category_code,
                        principalTable: "need_categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resources_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "charity_project_target_region",
                columns: table => new
                {
                    charity_project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charity_project_target_region", x => new { x.charity_project_id, x.region_code });
                    table.ForeignKey(
                        name: "fk_charity_project_target_region_charity_projects_charity_proj",
                        column: x => x.charity_project_id,
                        principalTable: "charity_projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_charity_project_target_region_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    need_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: true),
                    charity_project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matches", x => x.id);
                    table.CheckConstraint("ck_matches_one_provider", "(resource_id IS NULL) <> (charity_project_id IS NULL)");
                    table.CheckConstraint("ck_matches_quantity_positive", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_matches_charity_projects_charity_project_id",
                        column: x => x.charity_project_id,
                        principalTable: "charity_projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matches_needs_need_id",
                        column: x => x.need_id,
                        principalTable: "needs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matches_resources_resource_id",
                        column: x => x.resource_id,
                        principalTable: "resources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "need_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    need_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    match_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_need_events_matches_match_id",
                        column: x => x.match_id,
                        principalTable: "matches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_need_events_needs_need_id",
                        column: x => x.need_id,
                        principalTable: "needs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_charity_project_target_region_region_code",
                table: "charity_project_target_region",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_charity_projects_category_codes",
                table: "charity_projects",
                column: "category_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_charity_projects_organisation_id",
                table: "charity_projects",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_households_community_code",
                table: "households",
                column: "community_code");

            migrationBuilder.CreateIndex(
                name: "ix_households_location",
                table: "households",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_matches_charity_project_id",
                table: "matches",
                column: "charity_project_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_need_id",
                table: "matches",
                column: "need_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_resource_id",
                table: "matches",
                column: "resource_id");

            migrationBuilder.CreateIndex(
                name: "ix_need_categories_parent_code",
                table: "need_categories",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_need_events_match_id",
                table: "need_events",
                column: "match_id");

            migrationBuilder.CreateIndex(
                name: "ix_need_events_need_id_at_id",
                table: "need_events",
                columns: new[] { "need_id", "at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_needs_category_code",
                table: "needs",
                column: "category_code");

            migrationBuilder.CreateIndex(
                name: "ix_needs_household_id",
                table: "needs",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_needs_location",
                table: "needs",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_needs_region_code_status",
                table: "needs",
                columns: new[] { "region_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_needs_reported_at_id",
                table: "needs",
                columns: new[] { "reported_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_region_code",
                table: "organisations",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_code",
                table: "regions",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_resources_location",
                table: "resources",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_resources_open_category_location",
                table: "resources",
                columns: new[] { "category_code", "location" },
                filter: "status = 'Open'")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_resources_organisation_id",
                table: "resources",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "charity_project_target_region");

            migrationBuilder.DropTable(
                name: "household_personal_data");

            migrationBuilder.DropTable(
                name: "need_events");

            migrationBuilder.DropTable(
                name: "matches");

            migrationBuilder.DropTable(
                name: "charity_projects");

            migrationBuilder.DropTable(
                name: "needs");

            migrationBuilder.DropTable(
                name: "resources");

            migrationBuilder.DropTable(
                name: "households");

            migrationBuilder.DropTable(
                name: "need_categories");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}

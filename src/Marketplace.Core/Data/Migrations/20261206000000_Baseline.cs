using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    operation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    result_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    // Added by an ALTER TABLE in the squashed history, hence last.
                    result_ids = table.Column<Guid[]>(type: "uuid[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.actor, x.key });
                });

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
                    // Added by an ALTER TABLE in the squashed history, hence last, and with the default
                    // its AddColumn gave the rows then present ('-infinity'): raw inserts still rely on it.
                    last_activity_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false,
                        defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0))),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
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
                name: "ix_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");

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
                name: "ix_needs_claimed_by",
                table: "needs",
                column: "claimed_by",
                filter: "claimed_by IS NOT NULL");

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
                name: "ix_needs_open_category_location",
                table: "needs",
                columns: new[] { "category_code", "location" },
                filter: "status IN ('Reported', 'Verified', 'Claimed')")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_needs_region_code_status",
                table: "needs",
                columns: new[] { "region_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_needs_region_reported_figures",
                table: "needs",
                columns: new[] { "region_code", "reported_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "status", "due_date", "cleared_at", "category_code" });

            migrationBuilder.CreateIndex(
                name: "ix_needs_reported_at_id",
                table: "needs",
                columns: new[] { "reported_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_needs_status_last_activity_at",
                table: "needs",
                columns: new[] { "status", "last_activity_at" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_region_code",
                table: "organisations",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_reads_at",
                table: "personal_data_reads",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_reads_household_id_at",
                table: "personal_data_reads",
                columns: new[] { "household_id", "at" });

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
                name: "ix_resources_open_radius",
                table: "resources",
                column: "service_radius_meters",
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_resources_organisation_id",
                table: "resources",
                column: "organisation_id");

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

            // Hand-written, carried over from the squashed ChangeNotices and ReplayableChangeNotices
            // migrations (their final state): every timeline entry announces itself on the channel
            // 'marketplace_changes' when its transaction commits (NOTIFY is transactional: a refused
            // command announces nothing), so that every API instance listening on the database can
            // tell its subscribers. The notice names its timeline entry and is written by one
            // function that the trigger and an API instance catching up after losing its listening
            // connection both call.
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

                CREATE FUNCTION notify_need_event() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('marketplace_changes', need_event_notice(NEW));
                    RETURN NULL;
                END $$;

                CREATE TRIGGER need_events_notify AFTER INSERT ON need_events
                    FOR EACH ROW EXECUTE FUNCTION notify_need_event();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER need_events_notify ON need_events;
                DROP FUNCTION notify_need_event();
                DROP FUNCTION need_event_notice(need_events);
                """);

            migrationBuilder.DropTable(
                name: "charity_project_target_region");

            migrationBuilder.DropTable(
                name: "household_personal_data");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "need_events");

            migrationBuilder.DropTable(
                name: "personal_data_reads");

            migrationBuilder.DropTable(
                name: "user_accounts");

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

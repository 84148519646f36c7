using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.AddColumn<short>(
                name: "computed_risk_level",
                table: "households",
                type: "smallint",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "has_family_support",
                table: "households",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "housing_condition",
                table: "households",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_visited_at",
                table: "households",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "merged_at",
                table: "households",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "households",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "monthly_income",
                table: "households",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "risk_computed_at",
                table: "households",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "risk_contributions",
                table: "households",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "risk_model_version",
                table: "households",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "risk_overridden_at",
                table: "households",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "risk_overridden_by",
                table: "households",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "risk_override_level",
                table: "households",
                type: "smallint",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "risk_override_reason",
                table: "households",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "risk_score",
                table: "households",
                type: "numeric(8,2)",
                precision: 8,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "duplicate_dismissals",
                columns: table => new
                {
                    first_household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    second_household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    dismissed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    dismissed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_dismissals", x => new { x.first_household_id, x.second_household_id });
                    table.CheckConstraint("ck_duplicate_dismissals_order", "first_household_id < second_household_id");
                    table.ForeignKey(
                        name: "fk_duplicate_dismissals_households_first_household_id",
                        column: x => x.first_household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_duplicate_dismissals_households_second_household_id",
                        column: x => x.second_household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_household_events_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sex = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    id_number = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: true),
                    disability_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    disability_grade = table.Column<short>(type: "smallint", nullable: true),
                    chronic_illness = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    employment_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    school_stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    in_final_year = table.Column<bool>(type: "boolean", nullable: false),
                    lives_alone = table.Column<bool>(type: "boolean", nullable: false),
                    labels = table.Column<List<string>>(type: "text[]", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_members", x => x.id);
                    table.CheckConstraint("ck_household_members_disability_grade", "disability_grade IS NULL OR disability_grade BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "fk_household_members_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_risk_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    score = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    computed_level = table.Column<short>(type: "smallint", maxLength: 32, nullable: false),
                    effective_level = table.Column<short>(type: "smallint", maxLength: 32, nullable: false),
                    model_version = table.Column<int>(type: "integer", nullable: false),
                    cause = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_risk_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_household_risk_history_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "income_lines",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    monthly_amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_income_lines", x => new { x.code, x.region_code });
                    table.CheckConstraint("ck_income_lines_amount", "monthly_amount > 0");
                    table.ForeignKey(
                        name: "fk_income_lines_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "label_dimensions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_label_dimensions", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "registered_id_numbers",
                columns: table => new
                {
                    id_number = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registered_id_numbers", x => x.id_number);
                    table.ForeignKey(
                        name: "fk_registered_id_numbers_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_model_versions",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    high_threshold = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    medium_threshold = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    is_current = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_model_versions", x => x.version);
                    table.CheckConstraint("ck_risk_model_versions_thresholds", "medium_threshold > 0 AND medium_threshold < high_threshold");
                });

            migrationBuilder.CreateTable(
                name: "warning_rules",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parameters = table.Column<string>(type: "jsonb", nullable: false),
                    response_hours = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warning_rules", x => x.code);
                    table.CheckConstraint("ck_warning_rules_response", "response_hours BETWEEN 1 AND 2160");
                });

            migrationBuilder.CreateTable(
                name: "labels",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    dimension_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    applies_to = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labels", x => x.code);
                    table.ForeignKey(
                        name: "fk_labels_label_dimensions_dimension_code",
                        column: x => x.dimension_code,
                        principalTable: "label_dimensions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_indicators",
                columns: table => new
                {
                    model_version = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    dimension = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    parameters = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_indicators", x => new { x.model_version, x.code });
                    table.CheckConstraint("ck_risk_indicators_weight", "weight > 0");
                    table.ForeignKey(
                        name: "fk_risk_indicators_risk_model_versions_model_version",
                        column: x => x.model_version,
                        principalTable: "risk_model_versions",
                        principalColumn: "version",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warnings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_code = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    rule_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    occurrence_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    acknowledged_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    need_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warnings", x => x.id);
                    table.ForeignKey(
                        name: "fk_warnings_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_warnings_warning_rules_rule_code",
                        column: x => x.rule_code,
                        principalTable: "warning_rules",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_households_community_code_risk_level",
                table: "households",
                columns: new[] { "community_code", "risk_level" });

            migrationBuilder.CreateIndex(
                name: "ix_households_labels",
                table: "households",
                column: "labels")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_households_merged_into_id",
                table: "households",
                column: "merged_into_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_households_income",
                table: "households",
                sql: "monthly_income IS NULL OR monthly_income >= 0");

            migrationBuilder.CreateIndex(
                name: "ix_household_personal_data_address_trgm",
                table: "household_personal_data",
                column: "address")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_household_personal_data_head_name_trgm",
                table: "household_personal_data",
                column: "head_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_household_personal_data_phone",
                table: "household_personal_data",
                column: "phone");

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_dismissals_second_household_id",
                table: "duplicate_dismissals",
                column: "second_household_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_events_household_id_occurred_on",
                table: "household_events",
                columns: new[] { "household_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_household_members_household_id",
                table: "household_members",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_members_labels",
                table: "household_members",
                column: "labels")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_household_risk_history_household_id_at",
                table: "household_risk_history",
                columns: new[] { "household_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_income_lines_region_code",
                table: "income_lines",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_labels_dimension_code",
                table: "labels",
                column: "dimension_code");

            migrationBuilder.CreateIndex(
                name: "ix_registered_id_numbers_household_id",
                table: "registered_id_numbers",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_risk_model_versions_is_current",
                table: "risk_model_versions",
                column: "is_current",
                unique: true,
                filter: "is_current");

            migrationBuilder.CreateIndex(
                name: "ix_warnings_community_code_status_due_at",
                table: "warnings",
                columns: new[] { "community_code", "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_warnings_household_id",
                table: "warnings",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_warnings_occurrence_key",
                table: "warnings",
                column: "occurrence_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warnings_rule_code",
                table: "warnings",
                column: "rule_code");

            migrationBuilder.AddForeignKey(
                name: "fk_households_households_merged_into_id",
                table: "households",
                column: "merged_into_id",
                principalTable: "households",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_households_households_merged_into_id",
                table: "households");

            migrationBuilder.DropTable(
                name: "duplicate_dismissals");

            migrationBuilder.DropTable(
                name: "household_events");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "household_risk_history");

            migrationBuilder.DropTable(
                name: "income_lines");

            migrationBuilder.DropTable(
                name: "labels");

            migrationBuilder.DropTable(
                name: "registered_id_numbers");

            migrationBuilder.DropTable(
                name: "risk_indicators");

            migrationBuilder.DropTable(
                name: "warnings");

            migrationBuilder.DropTable(
                name: "label_dimensions");

            migrationBuilder.DropTable(
                name: "risk_model_versions");

            migrationBuilder.DropTable(
                name: "warning_rules");

            migrationBuilder.DropIndex(
                name: "ix_households_community_code_risk_level",
                table: "households");

            migrationBuilder.DropIndex(
                name: "ix_households_labels",
                table: "households");

            migrationBuilder.DropIndex(
                name: "ix_households_merged_into_id",
                table: "households");

            migrationBuilder.DropCheckConstraint(
                name: "ck_households_income",
                table: "households");

            migrationBuilder.DropIndex(
                name: "ix_household_personal_data_address_trgm",
                table: "household_personal_data");

            migrationBuilder.DropIndex(
                name: "ix_household_personal_data_head_name_trgm",
                table: "household_personal_data");

            migrationBuilder.DropIndex(
                name: "ix_household_personal_data_phone",
                table: "household_personal_data");

            migrationBuilder.DropColumn(
                name: "computed_risk_level",
                table: "households");

            migrationBuilder.DropColumn(
                name: "has_family_support",
                table: "households");

            migrationBuilder.DropColumn(
                name: "housing_condition",
                table: "households");

            migrationBuilder.DropColumn(
                name: "last_visited_at",
                table: "households");

            migrationBuilder.DropColumn(
                name: "merged_at",
                table: "households");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "households");

            migrationBuilder.DropColumn(
                name: "monthly_income",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_computed_at",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_contributions",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_model_version",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_overridden_at",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_overridden_by",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_override_level",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_override_reason",
                table: "households");

            migrationBuilder.DropColumn(
                name: "risk_score",
                table: "households");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
